import type { Span } from '../corpus-types.js';
import type { QuotationSpan } from '../find-quotation-spans.js';
import {
  createAttributionContext,
  type DocumentAttributionInput,
  sentenceIndexOf,
} from './cues/attribution-context.js';
import { leadingBareClause } from './cues/bare-clause.js';
import { colonIntroduction } from './cues/colon-introduction.js';
import { afterFrontedClause, cueJustBefore } from './cues/leading-cue.js';
import { ownWordsBefore } from './cues/own-words.js';
import { participleBefore } from './cues/participle-cue.js';
import { isLabel } from './cues/quotation-labels.js';
import { quotedPredicateOf } from './cues/quoted-predicate.js';
import { cueBetween } from './cues/reporting-verb-cue.js';
import { sentenceTailCue } from './cues/sentence-tail-cue.js';
import { trailingCueOf } from './cues/trailing-cue.js';

/** A quotation of fewer words ("Outside" faculty) is a scare quote, not the previous speaker going on. */
const MIN_CONTINUING_WORDS = 3;

const wordCount = (quoted: string): number => quoted.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

export interface DocumentAttribution {
  /** Speaker of each quotation, in order; null when the article does not say, or its cues disagree. */
  readonly quotationSpeakers: (string | null)[];
  /** Whether the article gave any cue for each quotation (a null speaker with a cue is an abstention, not a gap). */
  readonly cueFound: boolean[];
  /**
   * Who the narration of each sentence credits, in order: the subject of a reporting verb closing it (", Pompeo
   * said."), else of its first; null when no cue names one.
   */
  readonly sentenceSpeakers: (string | null)[];
}

/**
 * Who speaks each quotation of one document: the subject of the reporting verb that introduces it, after it
 * ("…”, Pantas predicted", "…”, said Ratcliff") or before it ("Cox argued that the bill is “…”", "The Mayor said:"
 * ending the paragraph before), else the speaker of the quotation before it in the paragraph. Pronouns resolve to
 * the first person of matching gender in the nearest sentence that has one; coordinated subjects, anonymous
 * subjects ("the taxi driver") and disagreeing cues give null.
 */
export function attributeDocument(input: DocumentAttributionInput): DocumentAttribution {
  const { quotations } = input;
  const context = createAttributionContext(input);
  const { text, sentences, spoken } = context;

  const quotationSpeakers: (string | null)[] = [];
  const cueFound: boolean[] = [];
  /** Whether each quotation is a label the writer marks (a title, a name), not anyone's words. */
  const labels: boolean[] = [];
  /** Whether each quotation stands alone in a paragraph that a colon introduction announced, or in a run of them. */
  const announced: boolean[] = [];
  quotations.forEach((quotation, position) => {
    const sentenceIndex = Math.max(0, sentenceIndexOf(context, quotation.start));
    const sentence = sentences[sentenceIndex] ?? {
      start: quotation.start,
      end: quotation.end,
      paragraphIndex: quotation.paragraphIndex,
    };
    const trailing = trailingCueOf(context, quotation);
    const previousQuote = quotations[position - 1];
    const sentenceFrom =
      previousQuote && previousQuote.end > sentence.start && previousQuote.end < quotation.start
        ? previousQuote.end
        : sentence.start;
    // "Richards will keynote; members … and “all residents” have been invited": a verb before a semicolon reports
    // its own clause, not a quotation in the next.
    const leadingFrom = afterFrontedClause(
      context,
      sentenceFrom + text.slice(sentenceFrom, quotation.start).lastIndexOf(';') + 1,
      quotation.start,
    );
    let leading = ownWordsBefore(context, leadingFrom, quotation.start);
    if (!leading.found) leading = cueJustBefore(context, leadingFrom, quotation.start, sentence.end);
    if (!leading.found) leading = cueBetween(context, leadingFrom, quotation.start - 1, sentence.end);
    if (!leading.found) leading = participleBefore(context, leadingFrom, quotation.start);
    if (!leading.found) leading = leadingBareClause(context, leadingFrom, quotation.start);
    let fromColon = false;
    if (!leading.found && !trailing.found && text.slice(sentence.start, quotation.start).trim().length <= 1) {
      leading = colonIntroduction(context, sentenceIndex);
      fromColon = leading.found;
    }
    const endSentence = sentences[sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1))];
    if (!leading.found && !trailing.found && endSentence)
      leading = sentenceTailCue(context, endSentence, quotation.end);
    if (!leading.found && !trailing.found) leading = quotedPredicateOf(context, quotation.start);
    const quoted = text.slice(quotation.start, quotation.end);
    const label = isLabel(text, quotation, sentence);
    cueFound.push(trailing.found || leading.found || label);
    let speaker: string | null;
    if (label) speaker = null;
    else if (trailing.found && leading.found) speaker = trailing.speaker === leading.speaker ? trailing.speaker : null;
    else if (trailing.found) speaker = trailing.speaker;
    else if (leading.found) speaker = leading.speaker;
    else if (previousQuote && continuesAnnouncedList(previousQuote, quotation, position))
      speaker = quotationSpeakers[position - 1] ?? null;
    else {
      // "…,” Rubio said on ABC's “This Week.” “Because …”: a title quoted between two parts of the words is passed over.
      let before = position - 1;
      while (before >= 0 && labels[before] && quotations[before]?.paragraphIndex === quotation.paragraphIndex) before--;
      const previous = quotations[before];
      speaker =
        previous &&
        // A quotation re-opened at a new paragraph is the same speaker going on.
        (previous.paragraphIndex === quotation.paragraphIndex || quotation.reopens) &&
        wordCount(quoted) >= MIN_CONTINUING_WORDS
          ? (quotationSpeakers[before] ?? null)
          : null;
    }
    quotationSpeakers.push(speaker);
    labels.push(label);
    announced.push(
      (fromColon || (!trailing.found && !leading.found && announced[position - 1] === true)) &&
        isWholeParagraph(quotation),
    );
    if (speaker !== null) spoken.push({ speaker, end: quotation.end });
  });

  /** Whether a quotation is all its paragraph holds, its marks and closing punctuation aside. */
  function isWholeParagraph(quotation: QuotationSpan): boolean {
    let first = sentenceIndexOf(context, quotation.start);
    let last = sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1));
    if (first < 0 || last < 0) return false;
    const paragraphOf = (index: number) => (sentences[index] as { paragraphIndex: number }).paragraphIndex;
    while (first > 0 && paragraphOf(first - 1) === quotation.paragraphIndex) first--;
    while (last + 1 < sentences.length && paragraphOf(last + 1) === quotation.paragraphIndex) last++;
    const before = text.slice((sentences[first] as Span).start, quotation.start);
    const after = text.slice(quotation.end, (sentences[last] as Span).end);
    return /^\s*[\u201C"]$/.test(before) && /^[\u201D"]?[.!?]*\s*$/.test(after);
  }

  /**
   * "Slim makes many frank and provocative remarks:" and then paragraphs that are each one quotation: a colon
   * announces all of them, so a quotation standing alone in the paragraph straight after such a quotation goes on with
   * its speaker (a run of quoted paragraphs not announced so, as in an interview, may change speaker each time).
   */
  function continuesAnnouncedList(previous: QuotationSpan, quotation: QuotationSpan, position: number): boolean {
    return (
      announced[position - 1] === true &&
      quotation.paragraphIndex === previous.paragraphIndex + 1 &&
      isWholeParagraph(quotation)
    );
  }

  // "The talks will go on, Pompeo said.": a cue closing the sentence credits all of it; else its first cue does.
  const sentenceCues = sentences.map((sentence) => {
    const tail = sentenceTailCue(context, sentence, sentence.start, true);
    return tail.found ? tail : cueBetween(context, sentence.start, sentence.end, sentence.end, false, true);
  });
  return { quotationSpeakers, cueFound, sentenceSpeakers: sentenceCues.map((cue) => (cue.found ? cue.speaker : null)) };
}
