import type { Corpus, CorpusDocument } from '../corpus/corpus-types.js';
import { quoteIndexSteps } from '../quotes/quote-index.js';
import { CorpusValidationError, type CorpusSnapshot, servingProblem } from './corpus-snapshot.js';
import type { CorpusDelta } from './corpus-delta.js';
import type { Ledger } from './ledger.js';
import type { SliceClock } from './slice-clock.js';

/** A delta made ready to serve: `commit` finishes it in one synchronous step and gives the new snapshot. */
export interface PreparedDelta {
  readonly ledger: Ledger;
  commit(): CorpusSnapshot;
}

/**
 * Prepares the snapshot `delta` leads to from `current`, in the slices of `clock`: the corpus reuses every document
 * left unchanged, and the quote index is built aside, reusing their words; the changed documents' search rows are
 * worked out. The search index is changed in place (taking out and putting in only those rows) by `commit`, which
 * the caller runs just before it swaps the snapshot in, so no question ever sees it half-changed. Until then `current` keeps serving as it was.
 * @throws CorpusValidationError when the delta is not over `current` or a document cannot be served.
 */
export async function prepareDelta(
  current: CorpusSnapshot,
  delta: CorpusDelta,
  clock: SliceClock,
): Promise<PreparedDelta> {
  const documentsNow = current.corpus.documents;
  const unchanged =
    delta.upserts.length === 0 &&
    delta.removed.length === 0 &&
    delta.order.length === documentsNow.length &&
    delta.order.every((id, index) => documentsNow[index]?.id === id);
  if (unchanged) return { ledger: delta.ledger, commit: () => current };
  const served = new Map(current.corpus.documents.map((document) => [document.id, document]));
  const upserted = new Map(delta.upserts.map((document) => [document.id, document]));
  const documents = delta.order.map((id): CorpusDocument => {
    const document = upserted.get(id) ?? served.get(id);
    if (!document) throw new CorpusValidationError(`The reload lost ${id}.`);
    return document;
  });
  for (const document of delta.upserts) {
    const problem = servingProblem(document);
    if (problem) throw new CorpusValidationError(`${document.id}: ${problem}.`);
  }
  await clock.pause();
  // The same list keeps the quote index's speaker directory and the search aliases built for it.
  const speakers = delta.speakers ?? current.corpus.speakers;
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
  await clock.pause();
  const changeSearch = await current.search.withDocuments(corpus, removed, delta.upserts, () => clock.pause());
  return {
    ledger: delta.ledger,
    commit: () => ({ corpus, quotes, search: changeSearch(), refused: [] }),
  };
}
