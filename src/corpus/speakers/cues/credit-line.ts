import type { QuotationSpan } from '../../find-quotation-spans.js';
import type { TaggedWord } from '../tag-words.js';
import { partitionPoint } from '../../../text/partition-point.js';
import { type AttributionContext, firstWordFrom, sentenceIndexOf } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';

/** Paragraphs of quotation a credit line may close: a round-up's excerpt runs to a few. */
const MAX_BLOCK_PARAGRAPHS = 6;
/**
 * Words of a credit line: "— Epidemiologist Dr. Amesh Adalja to Insider", "— Christine Moutier, the chief medical
 * officer of the American Foundation for Suicide Prevention".
 */
const MAX_CREDIT_WORDS = 16;
/** Words a round-up may lead into an excerpt with ("Finally,", "It’s worth noting that"). */
const MAX_LEAD_WORDS = 6;
const OPENING_MARK = /^\s*[\u201C"]/;
const ONLY_CLOSING = /^[\s\u201D"'\u2019.,;:!?\u2026)\]]*$/;

/** The span of paragraph `index`, from its first sentence to its last (sentences run in paragraph order). */
function paragraphSpan(context: AttributionContext, index: number): { start: number; end: number } | null {
  const { sentences } = context;
  const first = sentences[partitionPoint(sentences, (sentence) => sentence.paragraphIndex < index)];
  const last = sentences[partitionPoint(sentences, (sentence) => sentence.paragraphIndex <= index) - 1];
  return first?.paragraphIndex === index && last ? { start: first.start, end: last.end } : null;
}

/**
 * "“…” ⏎ Maggie Mertens, The Atlantic", "“…” ⏎ — Epidemiologist Dr. Amesh Adalja to Insider", "“…” — Clare Malone,
 * FiveThirtyEight": a paragraph of quotation (or several) closed by a short run of no verb that names a person, on a
 * line of its own or after the closing mark (and any quotation after it), is that person's words, as a round-up or an
 * epigraph credits an excerpt.
 */
export function creditLineAfter(context: AttributionContext, quotation: QuotationSpan): CueResult {
  const { text, sentences, words, mentionStartingAt } = context;
  const own = sentences[sentenceIndexOf(context, quotation.start)];
  const ending = sentences[sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1))];
  if (!own || !ending) return NO_CUE;
  const opened = paragraphSpan(context, own.paragraphIndex);
  const closed = paragraphSpan(context, ending.paragraphIndex);
  if (!opened || !closed) return NO_CUE;
  // The quotation opens its paragraph, but for a few words leading into it (below): narration before it would be its
  // own frame.
  const before = text.slice(opened.start, quotation.start);
  const mark = before.search(/[\u201C"]/);
  if (mark !== before.length - 1) return NO_CUE;
  const lead = before.slice(0, mark).trimStart();
  // A round-up may lead into an excerpt with a few words of its own ("Finally, “…”", "Dated but relevant: “…”"), if
  // they name no one, who might be the one quoted; a credit on a line of its own closes it whatever they end with.
  const leadEnd = opened.start + mark;
  const namesSomeone = words.some(
    (word) => word.start >= opened.start && word.end <= leadEnd && mentionStartingAt.get(word.start)?.kind === 'person',
  );
  if ((lead.match(/\p{L}+/gu) ?? []).length > MAX_LEAD_WORDS || /[.!?]/.test(lead) || namesSomeone) return NO_CUE;
  if (!ONLY_CLOSING.test(text.slice(quotation.end, closed.end)))
    return lead === '' || /[,:]\s*$/.test(lead) ? creditIn(context, quotation.end, closed.end) : NO_CUE;
  for (let index = ending.paragraphIndex + 1; index <= ending.paragraphIndex + MAX_BLOCK_PARAGRAPHS; index++) {
    const paragraph = paragraphSpan(context, index);
    if (!paragraph) return NO_CUE;
    if (OPENING_MARK.test(text.slice(paragraph.start, paragraph.end))) continue;
    return creditIn(context, paragraph.start, paragraph.end);
  }
  return NO_CUE;
}

/** The person a credit between `start` and `end` names: no verb, a few words, the name before any outlet. */
function creditIn(context: AttributionContext, start: number, end: number): CueResult {
  const { words, mentionStartingAt, insideName } = context;
  const lineWords: TaggedWord[] = [];
  for (let at = firstWordFrom(context, start); (words[at]?.end ?? Infinity) <= end; at++)
    lineWords.push(words[at] as TaggedWord);
  // "Alex Ward, Vox": a name's word the tagger reads as a verb is still the name's.
  const verb = (word: TaggedWord) => (word.pos === 'VERB' || word.pos === 'AUX') && !insideName.has(word.start);
  // "East Berlin (Communist) radio in German to Germany:": a line closed by a colon introduces what follows.
  if (lineWords.length > MAX_CREDIT_WORDS || lineWords.some(verb) || lineWords.at(-1)?.text === ':') return NO_CUE;
  // A line of several authors ("Umair Irfan, Brian Resnick, and Eliza Barclay, Vox") credits them all, which one
  // name does not.
  const coordinated = lineWords.some(
    (word, at) =>
      /^(?:and|&)$/i.test(word.text) && mentionStartingAt.get(lineWords[at + 1]?.start ?? -1)?.kind === 'person',
  );
  if (coordinated) return NO_CUE;
  // The name comes before the outlet: "Name, Outlet", "Name to Outlet".
  const credited = lineWords.find((word) => mentionStartingAt.get(word.start)?.kind === 'person');
  const mention = credited ? mentionStartingAt.get(credited.start) : undefined;
  // The name closes its line or is set off from what follows ("Name.", "Name, Outlet", "Name (@handle)", "Name to
  // Outlet"): a headline run on from it ("Hillary Clinton Put On The Defensive") credits no one.
  const after = mention ? words[firstWordFrom(context, mention.end)] : undefined;
  if (after !== undefined && after.end <= end && !/^(?:[,(.]|to)$/i.test(after.text)) return NO_CUE;
  // Words quoted before the credit are not in `words`, so their commas are not the credit's.
  const beforeName = credited ? lineWords.slice(0, lineWords.indexOf(credited)) : [];
  const beforeOutlet = credited && !beforeName.some((word) => word.text === ',' || word.text.toLowerCase() === 'to');
  return mention && beforeOutlet ? speakerOf(context, mention) : NO_CUE;
}
