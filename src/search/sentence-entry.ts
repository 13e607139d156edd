import type { CorpusDocument, Sentence } from '../corpus/corpus-types.js';

/** A sentence's place and search terms, by MiniSearch id (`document:sentence`). */
export interface SentenceEntry {
  readonly document: CorpusDocument;
  readonly sentence: Sentence;
  /**
   * Its search terms, each once, each with a space either side (" juri elect "): one string per sentence holds a
   * large corpus in far less memory than a set, and reopens from a snapshot far quicker. See `holds`.
   */
  readonly terms: string;
}

/** A sentence's id in the index: its document's id and its index there. */
export function sentenceId(documentId: string, index: number): string {
  return `${documentId}:${index}`;
}
