import type { AskResult } from '../../src/answer/ask-result.js';
import type { UserQuestion } from '../fixtures/user-phrased-questions.js';

export interface QuestionScore {
  readonly answerable: number;
  /** Answerable questions answered with a citation that holds the answer (and the expected lead, when one is set). */
  readonly answeredRight: number;
  readonly declined: number;
  /** Declines of questions the articles cannot answer. */
  readonly declinedRightly: number;
  /** Unanswerable questions answered without saying what is missing. */
  readonly unsupportedAnswered: readonly string[];
  readonly traps: number;
  readonly misleadingTraps: readonly string[];
  readonly missed: readonly string[];
  readonly recall: number;
  readonly declinePrecision: number;
}

function citationText(result: AskResult): string {
  return result.citations
    .map((citation) =>
      [citation.quote, citation.outlet, citation.title, citation.date, citation.speaker ?? ''].join('\n'),
    )
    .join('\n')
    .toLowerCase();
}

/** True when the result answers the question with a passage that holds the answer. */
function answersRightly(item: UserQuestion, result: AskResult): boolean {
  if (result.status !== 'answered') return false;
  const cited = citationText(result);
  const holds = (item.expect ?? []).some((word) => cited.includes(word.toLowerCase()));
  return holds && (item.lead === undefined || result.answer.includes(item.lead));
}

function honest(item: UserQuestion, result: AskResult): boolean {
  return result.status === 'declined' || (item.honestIf !== undefined && new RegExp(item.honestIf).test(result.answer));
}

/** Scores answers to a labelled set: recall on the answerable, decline precision, and misleading answers to traps. */
export function scoreQuestions(items: readonly UserQuestion[], results: ReadonlyMap<string, AskResult>): QuestionScore {
  const resultOf = (item: UserQuestion) => {
    const result = results.get(item.question);
    if (!result) throw new Error(`no result for ${item.question}`);
    return result;
  };
  const answerable = items.filter((item) => item.answerable);
  const unanswerable = items.filter((item) => !item.answerable);
  const right = answerable.filter((item) => answersRightly(item, resultOf(item)));
  const declined = items.filter((item) => resultOf(item).status === 'declined');
  const declinedRightly = declined.filter((item) => !item.answerable);
  const unsupported = unanswerable.filter((item) => !honest(item, resultOf(item))).map((item) => item.question);
  const traps = unanswerable.filter((item) => item.trap);
  return {
    answerable: answerable.length,
    answeredRight: right.length,
    declined: declined.length,
    declinedRightly: declinedRightly.length,
    unsupportedAnswered: unsupported,
    traps: traps.length,
    misleadingTraps: traps.filter((item) => !honest(item, resultOf(item))).map((item) => item.question),
    missed: answerable.filter((item) => !right.includes(item)).map((item) => item.question),
    recall: answerable.length === 0 ? 1 : right.length / answerable.length,
    declinePrecision: declined.length === 0 ? 1 : declinedRightly.length / declined.length,
  };
}
