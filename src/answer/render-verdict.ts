import type { Corpus } from '../corpus/corpus-types.js';
import type { VerifyResult } from '../quotes/verify-result.js';
import type { AskResult, Engine } from './ask-result.js';
import { renderCitedAnswer } from './render-answer.js';
import { citationAt } from './select-citations.js';

const HEADLINES: Record<VerifyResult['verdict'], string> = {
  verified: 'Yes, word for word.',
  misattributed: 'The words are in the corpus, but someone else said them.',
  unattributed: 'The words are quoted in the corpus, but the article does not say who said them.',
  altered: 'Not quite: the corpus has a different wording.',
  unquoted: 'Those words are the reporter\u2019s, not a quotation.',
  not_found: 'No: the corpus holds nothing close to those words.',
};

/**
 * A quote check asked as a question, answered as an ask result: the verdict, its explanation, and the corpus
 * passage as the one citation. The citation is rebuilt from the document, never copied from the verdict.
 */
export function renderVerdictAnswer(result: VerifyResult, corpus: Corpus, engine: Engine): AskResult {
  const document = result.match
    ? corpus.documents.find((candidate) => candidate.id === result.match?.source)
    : undefined;
  const quotedSpeaker = result.verdict === 'unquoted' ? null : result.speaker;
  const citations =
    document && result.match ? [citationAt(document, result.match.start, result.match.end, quotedSpeaker, 1)] : [];
  const evidence = citations.length > 0 ? `\n${renderCitedAnswer(citations)}` : '';
  return {
    status: 'answered',
    answer: `${HEADLINES[result.verdict]} ${result.explanation}${evidence}`,
    citations,
    engine,
    corpusVersion: corpus.version,
  };
}
