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
  unquoted: 'Those words are not a quotation.',
  not_found: 'No: the corpus holds nothing close to those words.',
};

/**
 * A quote check asked as a question, answered as an ask result: the verdict, its explanation, and the corpus
 * passage as the one citation. The citation is rebuilt from the document, never copied from the verdict.
 */
export function renderVerdictAnswer(result: VerifyResult, corpus: Corpus, engine: Engine): AskResult {
  const { match } = result;
  const document = match ? corpus.documents.find((candidate) => candidate.id === match.source) : undefined;
  const quotedSpeaker = result.verdict === 'unquoted' ? null : result.speaker;
  const citation = document && match ? citationAt(document, match.start, match.end, quotedSpeaker, 1) : null;
  const citations = citation ? [citation] : [];
  // A teaser is the page linking another story, not the outlet reporting this one.
  const inTeaser = document?.paragraphs.some(
    (paragraph) => paragraph.kind === 'teaser' && match && paragraph.start <= match.start && match.end <= paragraph.end,
  );
  const evidence = !citation
    ? ''
    : inTeaser
      ? `\n${citation.outlet ?? 'The page'} links a related story: \u201C${citation.quote}\u201D [${citation.n}]`
      : `\n${renderCitedAnswer(citations)}`;
  return {
    status: 'answered',
    answer: `${HEADLINES[result.verdict]} ${result.explanation}${evidence}`,
    citations,
    engine,
    corpusVersion: corpus.version,
  };
}
