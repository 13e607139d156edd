import { CorpusValidationError, type CorpusSnapshot } from './corpus-snapshot.js';
import type { Restoration } from './restoration.js';
import { LISTS, type MiniSearchPlain, type PostingsBlock, SHAPE_ERROR } from './segment-shapes.js';
import { ITEMS_PER_SLICE, mapOf, setOf } from './sliced-collections.js';
import type { SliceClock } from './slice-clock.js';
import type { Corpus, Speaker } from '../corpus/corpus-types.js';
import { buildSpeakerDirectoryInSlices } from '../corpus/speakers/speaker-directory.js';
import type { SearchAlias } from '../search/derive-search-aliases.js';
import type { QuoteIndex } from '../quotes/quote-index.js';
import { restoreSearchIndex, type PersistedSearch, type SentenceTableBlock } from '../search/search-index.js';

type Capitalisation = PersistedSearch['capitalised'] extends ReadonlyMap<string, infer Counts> ? Counts : never;

/** The quote index's lookups and its occurrences, joined again from their lists. */
async function restoredQuotes(restoration: Restoration, corpus: Corpus, clock: SliceClock): Promise<QuoteIndex> {
  const { head } = restoration;
  const termNorms = restoration.list<string>('termNorms');
  const termIds = new Map<string, number>();
  for (const [id, norm] of termNorms.entries()) {
    termIds.set(norm, id);
    if (id % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  const occurrences = new Int32Array(head.occurrences);
  let filled = 0;
  for (const chunk of restoration.list<Int32Array>('occurrences')) {
    if (!(chunk instanceof Int32Array) || filled + chunk.length > occurrences.length)
      throw new CorpusValidationError(SHAPE_ERROR);
    occurrences.set(chunk, filled);
    filled += chunk.length;
    await clock.pause();
  }
  if (filled !== occurrences.length) throw new CorpusValidationError(SHAPE_ERROR);
  return {
    ...head.quotes,
    corpus,
    documents: restoration.quoteDocuments,
    units: restoration.units,
    termIds,
    termNorms,
    postings: restoration.list<number[]>('postings'),
    occurrences,
    speakers: await buildSpeakerDirectoryInSlices(corpus.speakers, () => clock.pause()),
  };
}

/**
 * The corpus and both indexes from a restoration whose segments have all been linked.
 * @throws CorpusValidationError when a document or a part of an index is missing.
 */
export async function assembleRestored(restoration: Restoration, clock: SliceClock): Promise<CorpusSnapshot> {
  const { head, documents } = restoration;
  if (documents.length !== head.documents)
    throw new CorpusValidationError('The snapshot holds another set of documents.');
  const units = restoration.units.length;
  if (LISTS.some((list) => (list === 'units' ? units : restoration.list(list).length) !== head.lists[list]))
    throw new CorpusValidationError('The snapshot lacks a part of its indexes.');
  const corpus: Corpus = { version: head.version, documents, speakers: restoration.list<Speaker>('speakers') };
  const quotes = await restoredQuotes(restoration, corpus, clock);
  const miniSearch: MiniSearchPlain = {
    ...head.miniSearch,
    documentIds: {},
    fieldLength: {},
    storedFields: {},
    index: [],
  };
  const vocabularyCounts = await mapOf(restoration.list<[string, number]>('vocabulary'), clock);
  const persisted: PersistedSearch = {
    ...head.search,
    sentences: restoration.sentences,
    aliases: restoration.list<SearchAlias>('aliases'),
    documentFrequency: await mapOf(restoration.list<[string, number]>('documentFrequency'), clock),
    vocabulary: await setOf([...vocabularyCounts.keys()], clock),
    vocabularyCounts,
    capitalised: await mapOf(restoration.list<[string, Capitalisation]>('capitalised'), clock),
    miniSearch,
  };
  await clock.pause();
  const search = await restoreSearchIndex(
    corpus,
    persisted,
    restoration.list<SentenceTableBlock>('sentenceTables'),
    restoration.list<PostingsBlock>('index'),
    () => clock.pause(),
  ).catch((error: unknown) => {
    throw new CorpusValidationError(`The snapshot's search index cannot be reopened: ${(error as Error).message}`, {
      cause: error,
    });
  });
  return { corpus, search, quotes, refused: head.refused };
}
