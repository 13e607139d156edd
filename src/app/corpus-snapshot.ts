import { buildCorpus, type SourceText } from '../corpus/build-corpus.js';
import type { Corpus } from '../corpus/corpus-types.js';
import { buildQuoteIndex, type QuoteIndex } from '../quotes/quote-index.js';
import { buildSearchIndex, type SearchIndex } from '../search/search-index.js';

/** Everything built from one version of the corpus; questions hold on to the snapshot they started with. */
export interface CorpusSnapshot {
  readonly corpus: Corpus;
  readonly search: SearchIndex;
  readonly quotes: QuoteIndex;
}

export class CorpusValidationError extends Error {
  override readonly name = 'CorpusValidationError';
}

/**
 * Builds and checks a snapshot. A corpus with no documents, or whose quotations do not stand at their own
 * offsets, is refused so that it never replaces a good one.
 * @throws CorpusValidationError
 */
export function buildSnapshot(sources: readonly SourceText[]): CorpusSnapshot {
  if (sources.length === 0) throw new CorpusValidationError('The corpus has no readable documents.');
  const corpus = buildCorpus(sources);
  checkCorpus(corpus);
  return { corpus, search: buildSearchIndex(corpus), quotes: buildQuoteIndex(corpus) };
}

/**
 * Refuses a corpus with a document that has nothing citable, or a quotation that does not stand at its offsets.
 * @throws CorpusValidationError
 */
export function checkCorpus(corpus: Corpus): void {
  if (corpus.documents.length === 0) throw new CorpusValidationError('The corpus has no readable documents.');
  for (const document of corpus.documents) {
    if (document.sentences.length === 0) throw new CorpusValidationError(`${document.id} has no citable sentences.`);
    for (const quotation of document.quotations) {
      if (document.text.slice(quotation.start, quotation.end) !== quotation.text) {
        throw new CorpusValidationError(`${document.id}: quotation ${quotation.id} does not stand at its offsets.`);
      }
    }
  }
}
