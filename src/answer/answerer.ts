import type { Corpus } from '../corpus/corpus-types.js';
import type { SearchResult } from '../search/search-index.js';
import type { AskResult, Engine } from './ask-result.js';

export interface AnswerRequest {
  readonly question: string;
  readonly corpus: Corpus;
  readonly retrieval: SearchResult;
}

/** Writes an answer from retrieved passages. The offline engine and the LLM engine both implement it. */
export interface Answerer {
  /** Reported as `engine` in results. */
  readonly engine: Engine;
  answer(request: AnswerRequest): Promise<AskResult>;
}
