import type { Span } from '../corpus-types.js';
import type { QuotationSpan } from '../find-quotation-spans.js';
import type { TextWords } from '../../text/text-words.js';
import type { Mention } from './find-mentions.js';
import { SPEECH_VERBS } from './speaker-lexicon.js';
import { PASSIVE_BE } from './cues/word-helpers.js';

const ADVERB = /^(?:\w+ly|also|later|then|again|once|earlier|on|at|in)$/i;
const PRONOUN = /^(?:he|she)$/i;

export interface AttributionContext {
  readonly text: string;
  /** The words of `text`, tokenised once for every sentence and clause read. */
  readonly words: TextWords;
  /** Quotation interiors, widened by one character to cover their marks: never read for attribution. */
  readonly quoted: readonly Span[];
  readonly mentions: readonly Mention[];
}

function outsideQuotes(span: Span, quoted: readonly Span[]): boolean {
  return !quoted.some((quote) => span.start >= quote.start - 1 && span.end <= quote.end + 1);
}

function mentionsIn(context: AttributionContext, from: number, to: number): Mention[] {
  return context.mentions.filter(
    (mention) => mention.start >= from && mention.end <= to && outsideQuotes(mention, context.quoted),
  );
}

/**
 * Who the narration of `[from, to)` credits: the subject of its first speech verb ("Lavrov said", "the State
 * Department statement also bluntly said", "He said" after a credited sentence, "X blamed ... and urged").
 */
export function creditedSpeaker(
  context: AttributionContext,
  from: number,
  to: number,
  previous: string | null,
): string | null {
  const words = context.words.within(from, to).filter((token) => outsideQuotes(token, context.quoted));
  for (const [position, verb] of words.entries()) {
    if (!SPEECH_VERBS.has(verb.text)) continue;
    const wordBefore = words[position - 1];
    // "Barley is described as a “…”": a passive speech verb's subject is whom the words are about, not who spoke.
    const auxiliary = wordBefore && ADVERB.test(wordBefore.text) ? words[position - 2] : wordBefore;
    if (auxiliary && PASSIVE_BE.test(auxiliary.text)) continue;
    const mentions = mentionsIn(context, from, verb.start);
    // "The US blamed Russia ... and urged Moscow": a verb joined by "and" shares the clause's first subject.
    const subject = wordBefore?.norm === 'and' ? mentions[0] : mentions.at(-1);
    if (subject) return subject.speaker;
    if (wordBefore && PRONOUN.test(wordBefore.text) && previous) return previous;
  }
  return null;
}

/** `,” the State Department said` / `," said Lavrov` straight after the closing mark. */
function trailingAttribution(
  context: AttributionContext,
  quotation: QuotationSpan,
  sentenceEnd: number,
): string | null {
  const from = quotation.end;
  if (from >= sentenceEnd) return null;
  const words = context.words.within(from, sentenceEnd);
  const mentions = mentionsIn(context, from, sentenceEnd);
  const first = mentions[0];
  if (first && /^[\s,.:;!?"'\u201D\u2019\u2014-]*(?:the\s+)?$/i.test(context.text.slice(from, first.start))) {
    const after = words.filter((word) => word.start >= first.end);
    const verb = after.find((word) => !ADVERB.test(word.text));
    if (verb && SPEECH_VERBS.has(verb.text)) return first.speaker;
  }
  const firstWord = words[0];
  if (firstWord && SPEECH_VERBS.has(firstWord.text) && first && first.start - firstWord.end <= 1) return first.speaker;
  return null;
}

/** A corpus-wide credit: its speaker, and whether a cue of the quotation's own gave it (not the one before it). */
export interface RegistryCredit {
  readonly speaker: string | null;
  readonly fromCue: boolean;
}

/**
 * The speaker of each quotation: the attribution after it in the same sentence, else the subject of the
 * speech verb before it, else the speaker of the quotation before it in the paragraph (a quotation that goes
 * on after "X said."). Null when the corpus does not say.
 */
export function attributeQuotations(
  context: AttributionContext,
  quotations: readonly QuotationSpan[],
  sentenceOf: (offset: number) => Span,
): RegistryCredit[] {
  const credits: RegistryCredit[] = [];
  quotations.forEach((quotation, index) => {
    const sentence = sentenceOf(quotation.start);
    const previous = index > 0 ? quotations[index - 1] : undefined;
    const previousSpeaker =
      previous && previous.paragraphIndex === quotation.paragraphIndex ? (credits[index - 1]?.speaker ?? null) : null;
    const own =
      trailingAttribution(context, quotation, sentenceOf(quotation.end).end) ??
      creditedSpeaker(context, sentence.start, quotation.start - 1, null);
    credits.push(own === null ? { speaker: previousSpeaker, fromCue: false } : { speaker: own, fromCue: true });
  });
  return credits;
}
