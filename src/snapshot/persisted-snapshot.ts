import { z } from 'zod';
import { CorpusValidationError, checkCorpus, type CorpusSnapshot } from './corpus-snapshot.js';
import type { SourceText } from '../corpus/build-corpus.js';
import type { Corpus } from '../corpus/corpus-types.js';
import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import { restoreSearchIndex, type PersistedSearch } from '../search/search-index.js';

/** A corpus snapshot as plain data, one object graph: the indexes share the corpus's document objects. */
export interface PersistedSnapshot {
  readonly corpus: Corpus;
  readonly search: PersistedSearch;
  readonly quotes: QuoteIndex;
  readonly refused: readonly RefusedFile[];
}

// Checks the shape without copying: zod's parsed copy would break the shared references the indexes rely on.
const shapeSchema = z.looseObject({
  corpus: z.looseObject({
    version: z.string(),
    documents: z.array(
      z.looseObject({
        id: z.string(),
        sha256: z.string(),
        text: z.string(),
        quotations: z.array(z.unknown()),
        sentences: z.array(z.unknown()),
      }),
    ),
    speakers: z.array(z.unknown()),
  }),
  search: z.looseObject({
    sentences: z.instanceof(Map),
    documentFrequency: z.instanceof(Map),
    vocabulary: z.instanceof(Set),
    capitalised: z.instanceof(Map),
    miniSearch: z.looseObject({}),
    aliases: z.array(z.unknown()),
    speakerTerms: z.instanceof(Set),
  }),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
  quotes: z.looseObject({
    documents: z.array(z.unknown()),
    units: z.array(z.unknown()),
    termIds: z.instanceof(Map),
    postings: z.array(z.unknown()),
    occurrences: z.instanceof(Int32Array),
  }),
});

/** The snapshot as plain data to store. */
export function persistSnapshot(snapshot: CorpusSnapshot): PersistedSnapshot {
  return {
    corpus: snapshot.corpus,
    search: snapshot.search.persisted(),
    quotes: snapshot.quotes,
    refused: snapshot.refused,
  };
}

/**
 * Reopens a stored snapshot, after checking that it has the expected shape, holds exactly `sources` (names and
 * text), that its indexes are over that corpus, and that every quotation stands at its offsets.
 * @throws CorpusValidationError when anything does not hold.
 */
export function restoreSnapshot(payload: unknown, sources: readonly SourceText[]): CorpusSnapshot {
  if (!shapeSchema.safeParse(payload).success)
    throw new CorpusValidationError('The snapshot does not have the shape of a corpus snapshot.');
  const persisted = payload as PersistedSnapshot;
  const { corpus, refused } = persisted;
  const refusedNames = new Set(refused.map((entry) => entry.file));
  if ([...refusedNames].some((name) => !sources.some((source) => source.id === name))) {
    throw new CorpusValidationError('The snapshot refuses a document that is not on disk.');
  }
  const served = sources.filter((source) => !refusedNames.has(source.id));
  if (corpus.documents.length !== served.length)
    throw new CorpusValidationError('The snapshot holds another set of documents.');
  corpus.documents.forEach((document, index) => {
    const source = served[index] as SourceText;
    if (document.id !== source.id || document.text !== source.text)
      throw new CorpusValidationError(`The snapshot's ${document.id} is not the file on disk.`);
  });
  if (
    persisted.quotes.corpus !== corpus ||
    persisted.quotes.documents.some((indexed, position) => indexed.document !== corpus.documents[position])
  ) {
    throw new CorpusValidationError('The snapshot\u2019s quote index is not over its corpus.');
  }
  checkCorpus(corpus);
  return { corpus, search: restoreSearchIndex(corpus, persisted.search), quotes: persisted.quotes, refused };
}
