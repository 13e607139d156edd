import type { Quotation } from '../corpus/corpus-types.js';
import type { Passage } from '../search/search-index.js';
import type { QuoteRejection, DroppedClaim } from './ground-model-answer.js';
import { fillTemplate, type Prompts } from './load-prompts.js';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** The most passages one prompt carries. */
export const MAX_PROMPT_PASSAGES = 8;

function quotedSpeakers(passage: Passage): string {
  const { document, sentence } = passage;
  const names = document.quotations
    .filter(
      (quotation: Quotation) =>
        quotation.start < sentence.end && quotation.end > sentence.start && quotation.speaker !== null,
    )
    .map((quotation) => quotation.speaker as string);
  return names.length > 0 ? [...new Set(names)].join(', ') : 'nobody';
}

/** A boundary can only be forged by text that contains it; the passages never do, and the question is checked. */
function withoutBoundary(text: string, boundary: string): string {
  return text.split(`<<<${boundary}`).join('<<< ');
}

/**
 * The first request: system prompt, then passages and question inside `boundary`-marked blocks. `boundary` is
 * a fresh random token per request, so text in a passage or question cannot close its block early. Pure.
 */
export function buildMessages(
  prompts: Prompts,
  question: string,
  passages: readonly Passage[],
  boundary: string,
): ChatMessage[] {
  const blocks = passages.map((passage) =>
    fillTemplate(prompts.passage, {
      boundary,
      id: passage.id,
      source: withoutBoundary(passage.document.title || passage.document.id, boundary),
      outlet: withoutBoundary(passage.document.outlet ?? 'unknown outlet', boundary),
      date: passage.document.date ?? 'undated',
      speakers: quotedSpeakers(passage),
      text: withoutBoundary(passage.text, boundary),
    }),
  );
  return [
    { role: 'system', content: prompts.system },
    {
      role: 'user',
      content: fillTemplate(prompts.user, {
        boundary,
        passages: blocks.join('\n\n'),
        question: withoutBoundary(question.trim(), boundary),
      }),
    },
  ];
}

const MAX_LISTED_FAILURES = 12;

/** The feedback for the one retry: which quotes failed and why, in the model's own terms (claim numbers from 1). */
export function describeFailures(
  rejections: readonly QuoteRejection[],
  dropped: readonly DroppedClaim[],
  parseProblem: string | null,
): string {
  const lines: string[] = [];
  if (parseProblem) lines.push(`- The reply was not a JSON object of the required shape: ${parseProblem}`);
  for (const rejection of rejections) {
    lines.push(
      `- Claim ${rejection.claim + 1}, quote ${JSON.stringify(rejection.quote.slice(0, 160))} (passage ${rejection.passageId}): ${rejection.detail}.`,
    );
  }
  for (const claim of dropped.filter((entry) => entry.reason === 'no_quote'))
    lines.push(`- Claim ${claim.claim + 1} has no quote.`);
  if (lines.length === 0) lines.push('- The reply held no claims and did not say the question is unanswerable.');
  const listed = lines.slice(0, MAX_LISTED_FAILURES);
  if (lines.length > listed.length) listed.push(`- ...and ${lines.length - listed.length} more.`);
  return listed.join('\n');
}

/** The conversation for the retry: the first exchange, then the failures. */
export function buildRetryMessages(
  prompts: Prompts,
  first: readonly ChatMessage[],
  reply: string,
  failures: string,
): ChatMessage[] {
  return [
    ...first,
    { role: 'assistant', content: reply },
    { role: 'user', content: fillTemplate(prompts.retry, { failures }) },
  ];
}
