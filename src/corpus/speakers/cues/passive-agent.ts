import type { QuotationSpan } from '../../find-quotation-spans.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';
import { PASSIVE_BE } from './word-helpers.js';

/** What may stand between the participle and the quotation: "described as", "branded a". */
const LINK = /^(?:as|a|an|the)$/i;
const MAX_LINKS = 2;
/** A quotation's closing mark, then "and", "or" or a comma, then the next one's opening mark. */
const JOINED = /^["\u201D]?\s*(?:,|and|or)\s*["\u201C]$/;
/** A quotation's closing mark (and a comma), then "by" and, maybe, "the". */
const BY = /^,?["\u201D]?,?\s+by\s+(the\s+)?/;

/** Whether a passive participle stands just before `start`: "have been described as", "a move branded". */
function passiveBefore(context: AttributionContext, start: number): boolean {
  const { words } = context;
  let index = firstWordFrom(context, start) - 1;
  while ((words[index]?.text ?? '') === '"' || (words[index]?.text ?? '') === '\u201C') index--;
  for (let links = 0; links < MAX_LINKS && LINK.test(words[index]?.text ?? ''); links++) index--;
  const participle = words[index] as TaggedWord | undefined;
  // The tagger reads some participles as adjectives ("a move branded a").
  const isParticiple =
    participle !== undefined &&
    (participle.pos === 'VERB' || (participle.pos === 'ADJ' && /ed$/i.test(participle.text))) &&
    !/ing$/i.test(participle.text);
  if (!isParticiple) return false;
  let before = index - 1;
  if (words[before]?.pos === 'ADV') before--;
  // "a move branded a "…" by the Tories": a participle straight after a noun opens a reduced relative clause.
  return PASSIVE_BE.test(words[before]?.text ?? '') || words[before]?.pos === 'NOUN';
}

/**
 * "… have been described as "idle speculation" by Downing Street", "dismissed as "ridiculous" by Justice David
 * Souter", "described as "irresponsible" and "outrageous" by the commission": words that a passive verb says someone
 * called something are the agent's, whom "by" names after them. Not "excluded" by Tony Blair after "feel", nor
 * "bruised" by the controversy after "been" alone: no passive participle stands before those.
 */
export function passiveAgent(
  context: AttributionContext,
  quotations: readonly QuotationSpan[],
  position: number,
): CueResult {
  const { text, mentionStartingAt } = context;
  let first = position;
  const gap = (from: number, to: number) => text.slice(from, to);
  while (first > 0 && JOINED.test(gap(quotations[first - 1]?.end ?? 0, quotations[first]?.start ?? 0))) first--;
  let last = position;
  while (last + 1 < quotations.length && JOINED.test(gap(quotations[last]?.end ?? 0, quotations[last + 1]?.start ?? 0)))
    last++;
  const end = (quotations[last] as QuotationSpan).end;
  const by = BY.exec(text.slice(end, end + 12));
  if (!by || !passiveBefore(context, (quotations[first] as QuotationSpan).start - 1)) return NO_CUE;
  const at = end + by[0].length;
  // "by the Tories": the mention may hold its article or start after it.
  const agent = mentionStartingAt.get(at) ?? (by[1] ? mentionStartingAt.get(at - by[1].length) : undefined);
  return agent ? speakerOf(context, agent) : NO_CUE;
}
