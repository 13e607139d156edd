import {
  type AttributionContext,
  createAttributionContext,
  type DocumentAttributionInput,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './cues/attribution-context.js';
import { insideAskedClause } from './cues/asked-clause.js';
import type { EntityMention } from './document-entities.js';
import { asCommentClause, leadingBareClause } from './cues/bare-clause.js';
import {
  continuesAnnouncedList,
  continuingSpeaker,
  isWholeParagraph,
  joinsReportingVerb,
} from './cues/continuation.js';
import { colonClauseCue, colonIntroduction, speakerLabelBefore } from './cues/colon-introduction.js';
import { creditLineAfter } from './cues/credit-line.js';
import { isNameGiven } from './cues/name-given.js';
import { type CueResult, speakerFound } from './cues/cue-result.js';
import { afterFrontedClause } from './cues/fronted-clause.js';
import { coordinatedClauseStart, cueJustBefore } from './cues/leading-cue.js';
import { claimByBefore, ownWordsBefore } from './cues/own-words.js';
import { participleBefore } from './cues/participle-cue.js';
import { passiveAgent } from './cues/passive-agent.js';
import { isLabel } from './cues/quotation-labels.js';
import { possessedStatementBefore } from './cues/possessed-statement.js';
import { quotedPredicateOf } from './cues/quoted-predicate.js';
import { cueBetween, leadingCueBetween } from './cues/reporting-verb-cue.js';
import { sentenceTailCue } from './cues/sentence-tail-cue.js';
import { trailingCueOf } from './cues/trailing-cue.js';

export interface DocumentAttribution {
  /** Speaker of each quotation, in order; null when the article does not say, or its cues disagree. */
  readonly quotationSpeakers: (string | null)[];
  /** Whether the article gave any cue for each quotation (a null speaker with a cue is an abstention, not a gap). */
  readonly cueFound: boolean[];
  /** Whether each quotation, with no cue of its own, goes on from one whose cue named no one ("an official said"). */
  readonly continuesAbstention: boolean[];
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
  /** Whether each quotation's speaker is the subject of a cue before it in its own sentence ("She said the … was "…""). */
  const reportedInSentence: boolean[] = [];
  quotations.forEach((quotation, position) => {
    const sentenceIndex = Math.max(0, sentenceIndexOf(context, quotation.start));
    const sentence = sentences[sentenceIndex] ?? {
      start: quotation.start,
      end: quotation.end,
      paragraphIndex: quotation.paragraphIndex,
    };
    const trailing = trailingCueOf(context, quotation);
    const previousQuote = quotations[position - 1];
    // "said in an interview with ABC's “This Week” that … “deliverables”": a title quoted on the way bounds no cue.
    let bound = position - 1;
    while (bound >= 0 && labels[bound] === true) bound--;
    const boundQuote = quotations[bound];
    const sentenceFrom =
      boundQuote && boundQuote.end > sentence.start && boundQuote.end < quotation.start
        ? boundQuote.end
        : sentence.start;
    // "Richards will keynote; members … and “all residents” have been invited": a verb before a semicolon reports
    // its own clause, not a quotation in the next.
    const leadingFrom = afterFrontedClause(
      context,
      sentenceFrom + text.slice(sentenceFrom, quotation.start).lastIndexOf(';') + 1,
      quotation.start,
    );
    const headed = context.headedAt.get(quotation.start - 1);
    let leading: CueResult =
      headed === undefined ? passiveAgent(context, quotations, position) : { found: true, speaker: headed };
    const byPassiveAgent = headed === undefined && leading.found;
    if (!leading.found) leading = ownWordsBefore(context, leadingFrom, quotation.start);
    if (!leading.found) leading = claimByBefore(context, leadingFrom, quotation.start);
    if (!leading.found) leading = cueJustBefore(context, leadingFrom, quotation.start, sentence.end);
    if (!leading.found) {
      // "Russia denied meddling and Trump said the inquiry was a “…”": a coordinated clause's own cue reports it.
      const coordinated = coordinatedClauseStart(context, leadingFrom, quotation.start);
      if (coordinated > leadingFrom) leading = cueBetween(context, coordinated, quotation.start - 1, sentence.end);
    }
    if (!leading.found) leading = leadingCueBetween(context, leadingFrom, quotation.start - 1, sentence.end);
    if (!leading.found) leading = participleBefore(context, leadingFrom, quotation.start);
    if (!leading.found) leading = leadingBareClause(context, leadingFrom, quotation.start);
    if (!leading.found) leading = asCommentClause(context, sentence.start, quotation.start);
    if (!leading.found) leading = speakerLabelBefore(context, leadingFrom, quotation.start);
    if (!leading.found && !trailing.found) leading = colonClauseCue(context, leadingFrom, quotation.start);
    // "Mrs Robinson said the ruling was "in line with …" and praised their "very decisive" majority": a reporting
    // verb joined by "and" after a quotation of the same sentence has that quotation's speaker for its subject.
    if (
      !leading.found &&
      !trailing.found &&
      previousQuote !== undefined &&
      sentenceFrom === previousQuote.end &&
      joinsReportingVerb(context, previousQuote.end, quotation.start)
    )
      leading = { found: true, speaker: quotationSpeakers[position - 1] ?? null };
    let fromColon = false;
    if (!leading.found && !trailing.found && text.slice(sentence.start, quotation.start).trim().length <= 1) {
      leading = colonIntroduction(context, sentenceIndex);
      fromColon = leading.found;
    }
    const endSentence = sentences[sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1))];
    if (!trailing.found && endSentence && (!leading.found || byPassiveAgent)) {
      // "The “greater clarity” of the law means “the U.K. and EU will be able to get on with it” by the end of the
      // year, he said": a cue closing the sentence reports all of it, over an agent "by" seemed to name.
      const tail = sentenceTailCue(context, endSentence, quotation.end);
      if (!leading.found || tail.found) leading = tail;
    }
    if (!leading.found && !trailing.found) leading = possessedStatementBefore(context, leadingFrom, quotation.start);
    if (!leading.found && !trailing.found) leading = quotedPredicateOf(context, quotation.start);
    if (!leading.found && !trailing.found) leading = creditLineAfter(context, quotation);
    const label = isLabel(text, quotation, sentence) || isNameGiven(context, quotation);
    const asked = insideAskedClause(text, sentence, quotation);
    cueFound.push(trailing.found || leading.found || label || asked);
    let speaker: string | null;
    if (label || asked) speaker = null;
    // "Ministers had to deliver without "…", he added": a cue before that names no one yields to one after that does.
    else if (trailing.found && leading.found)
      speaker = trailing.speaker === leading.speaker || leading.speaker === null ? trailing.speaker : null;
    else if (trailing.found) speaker = trailing.speaker;
    else if (leading.found) speaker = leading.speaker;
    // "She said the legislation was "a travesty" and would remain "unpalatable"": words quoted later in a sentence
    // whose cue before an earlier quotation reports all of it are that speaker's too, however few.
    else if (
      previousQuote &&
      sentenceFrom === previousQuote.end &&
      reportedInSentence[position - 1] === true &&
      !namesOtherBetween(context, previousQuote.end, quotation.start, quotationSpeakers[position - 1] ?? null)
    )
      speaker = quotationSpeakers[position - 1] ?? null;
    else if (
      previousQuote &&
      continuesAnnouncedList(context, previousQuote, quotation, announced[position - 1] === true)
    )
      speaker = quotationSpeakers[position - 1] ?? null;
    else speaker = continuingSpeaker(context, quotations, position, sentenceIndex, quotationSpeakers, labels);
    quotationSpeakers.push(speaker);
    reportedInSentence.push(
      speaker !== null &&
        !trailing.found &&
        (leading.found || reportedInSentence[position - 1] === true) &&
        !fromColon &&
        text.slice(sentence.start, quotation.start).trim().length > 1,
    );
    labels.push(label);
    announced.push(
      (fromColon || (!trailing.found && !leading.found && announced[position - 1] === true)) &&
        isWholeParagraph(context, quotation),
    );
    spoken.push({ speaker, end: quotation.end });
  });
  // “We have to … for them. “England have not …,” he said: a part with no cue of its own is the speaker's whose
  // re-opened words go on from it with a cue: one part back only, and with the same mark (a longer run, or a change
  // of marks, may be someone quoting another).
  quotations.forEach((quotation, position) => {
    const next = quotations[position + 1];
    if (
      quotationSpeakers[position] === null &&
      !cueFound[position] &&
      next?.reopens === true &&
      cueFound[position + 1] === true &&
      text[next.start - 1] === text[quotation.start - 1]
    )
      quotationSpeakers[position] = quotationSpeakers[position + 1] ?? null;
  });
  // A pull quote repeats words the article quoted and credited before: with no cue of its own, they are still that
  // speaker's.
  quotations.forEach((quotation, position) => {
    if (quotationSpeakers[position] !== null || cueFound[position]) return;
    const words = pulledWords(text.slice(quotation.start, quotation.end));
    if (words.split(' ').length < MIN_PULL_QUOTE_WORDS) return;
    const earlier = quotations.findIndex(
      (other, at) =>
        at < position && quotationSpeakers[at] != null && pulledWords(text.slice(other.start, other.end)) === words,
    );
    if (earlier !== -1) quotationSpeakers[position] = quotationSpeakers[earlier] ?? null;
  });

  // "The talks will go on, Pompeo said.": a cue closing the sentence credits all of it; else its first cue does.
  const sentenceCues = sentences.map((sentence) => {
    const tail = sentenceTailCue(context, sentence, sentence.start, true);
    return tail.found ? tail : cueBetween(context, sentence.start, sentence.end, sentence.end, false, true);
  });
  const continuesAbstention = quotations.map((quotation, position) => {
    const previous = quotations[position - 1];
    return (
      previous !== undefined &&
      (previous.paragraphIndex === quotation.paragraphIndex || quotation.reopens) &&
      !cueFound[position] &&
      quotationSpeakers[position] === null &&
      cueFound[position - 1] === true &&
      quotationSpeakers[position - 1] === null &&
      !labels[position - 1]
    );
  });
  return { quotationSpeakers, cueFound, continuesAbstention, sentenceSpeakers: sentenceCues.map(speakerFound) };
}

/** Fewer words than this may be a phrase many people use, not one person's words repeated. */
const MIN_PULL_QUOTE_WORDS = 6;

/** A quotation's words, for comparing a pull quote with what it repeats: case, spacing and closing punctuation aside. */
const pulledWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s,.;:!?…]+$/u, '')
    .split(/\s+/u)
    .join(' ');

/** '"…" but Tory Dominic Grieve branded it "…"': whether someone other than `speaker` is named between two quotations. */
function namesOtherBetween(context: AttributionContext, from: number, to: number, speaker: string | null): boolean {
  const { words } = context;
  // "…to protect shareholders in Yukos from “…”": a name a place or part preposition governs speaks none of the words
  // ("to", "by" and "from" may bring in a source: "according to Mr Smith").
  const oblique = (mention: EntityMention) =>
    /^(?:in|of|at|on|for|with)$/i.test(words[indexOfWordStartingAt(context, mention.start) - 1]?.text ?? '');
  return context.mentions.some(
    (mention) =>
      mention.start >= from &&
      mention.end <= to &&
      mention.kind === 'person' &&
      mention.speaker !== speaker &&
      !oblique(mention),
  );
}
