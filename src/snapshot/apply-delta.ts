import type { Corpus, CorpusDocument } from '../corpus/corpus-types.js';
import { quoteIndexSteps } from '../quotes/quote-index.js';
import { CorpusValidationError, type CorpusSnapshot, servingProblem } from './corpus-snapshot.js';
import type { CorpusDelta, LedgerEntry } from './corpus-delta.js';
import type { SliceClock } from './slice-clock.js';

/** A delta made ready to serve: `commit` finishes it in one synchronous step and gives the new snapshot. */
export interface PreparedDelta {
  readonly ledger: readonly LedgerEntry[];
  commit(): CorpusSnapshot;
}

/**
 * Prepares the snapshot `delta` leads to from `current`, in the slices of `clock`: the corpus reuses every document
 * left unchanged, and the quote index is built aside, reusing their words. The search index is changed in place
 * (taking out and putting in only the changed documents' sentences) by `commit`, which the caller runs just before
 * it swaps the snapshot in, so no question ever sees it half-changed. Until then `current` keeps serving as it was.
 * @throws CorpusValidationError when the delta is not over `current` or a document cannot be served.
 */
export async function prepareDelta(
  current: CorpusSnapshot,
  ledger: readonly LedgerEntry[],
  delta: CorpusDelta,
  clock: SliceClock,
): Promise<PreparedDelta> {
  const served = new Map(current.corpus.documents.map((document) => [document.id, document]));
  const upserted = new Map(delta.upserts.map((upsert) => [upsert.entry.id, upsert]));
  const documents = delta.order.map((id): CorpusDocument => {
    const document = upserted.get(id)?.analysis.document ?? served.get(id);
    if (!document) throw new CorpusValidationError(`The reload lost ${id}.`);
    return document;
  });
  for (const { analysis } of delta.upserts) {
    const problem = servingProblem(analysis.document);
    if (problem) throw new CorpusValidationError(`${analysis.document.id}: ${problem}.`);
  }
  // The same list keeps the quote index's speaker directory and the search aliases built for it.
  const speakers =
    JSON.stringify(delta.speakers) === JSON.stringify(current.corpus.speakers)
      ? current.corpus.speakers
      : delta.speakers;
  const corpus: Corpus = { version: delta.version, documents, speakers };
  const steps = quoteIndexSteps(corpus, current.quotes);
  let step = steps.next();
  while (!step.done) {
    await clock.pause();
    step = steps.next();
  }
  const quotes = step.value;
  const order = new Set(delta.order);
  const removed = current.corpus.documents.filter((document) => !order.has(document.id) || upserted.has(document.id));
  const added = delta.upserts.map((upsert) => upsert.analysis.document);
  const entries = new Map(ledger.map((entry) => [entry.id, entry]));
  return {
    ledger: delta.order.map((id) => upserted.get(id)?.entry ?? (entries.get(id) as LedgerEntry)),
    commit: () => ({
      corpus,
      quotes,
      search: current.search.withDocuments(corpus, removed, added),
      refused: [],
    }),
  };
}
