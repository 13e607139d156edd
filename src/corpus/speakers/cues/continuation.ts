import { wordLemmas } from '../../../text/word-lemmas.js';
import type { Span } from '../../corpus-types.js';
import type { QuotationSpan } from '../../find-quotation-spans.js';
import {
  type AttributionContext,
  firstStartingAfter,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';
import { type EntityMention, POSSESSIVE_DETERMINER } from '../document-entities.js';
import { opensItsSentence } from './word-helpers.js';
import { speakerFound } from './cue-result.js';
import { reportingVerbAt } from '../reporting-verbs.js';
import { cueBetween } from './reporting-verb-cue.js';
import { bareClauseCue } from './bare-clause.js';
import { sentenceTailCue } from './sentence-tail-cue.js';
import { resolvePronoun } from './resolve-pronoun.js';

/** A quotation of fewer words ("Outside" faculty) is a scare quote, not the previous speaker going on. */
const MIN_CONTINUING_WORDS = 3;

const wordCount = (quoted: string): number => quoted.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/** Words of narration before a quotation in its sentence from which it no longer reads as the speaker going on. */
const MIN_NARRATION_WORDS = 4;
/** The past and modal auxiliaries of reported speech ("the system would be replaced by a "…""). */
const BACKSHIFTED = /^(?:would|could|should|might|must|had|was|were)$/i;

/**
 * "The Britons were detained as part of the US-led "war on terror"": words quoted inside a sentence of the
 * writer's own narration are no one's going on, unless the sentence is itself reported speech (backshifted).
 */
function inNarration(
  context: AttributionContext,
  quotations: readonly QuotationSpan[],
  position: number,
  sentenceIndex: number,
): boolean {
  const { words, sentences } = context;
  const quotation = quotations[position] as QuotationSpan;
  const sentence = sentences[sentenceIndex];
  if (!sentence) return false;
  const previousEnd = quotations[position - 1]?.end ?? -1;
  const from = Math.max(sentence.start, previousEnd);
  const lead = words
    .slice(firstWordFrom(context, from), firstWordFrom(context, quotation.start))
    .filter((word) => word.end <= quotation.start && /\p{L}/u.test(word.text));
  // "For combat veterans especially, “It hurts that …”": a phrase with no verb, set off by a comma before the words, frames
  // them; it narrates nothing of its own.
  const framing =
    /^\s*,\s*["\u201C]?$/.test(context.text.slice(lead.at(-1)?.end ?? quotation.start, quotation.start)) &&
    !lead.some((word) => word.pos === 'VERB' || word.pos === 'AUX');
  return lead.length >= MIN_NARRATION_WORDS && !framing && !lead.some((word) => BACKSHIFTED.test(word.text));
}

/** Whether a quotation is all its paragraph holds, its marks and closing punctuation aside. */
export function isWholeParagraph(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { text, sentences } = context;
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

/** Whether a quotation stands in the last sentence of its paragraph. */
function closesParagraph(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { sentences } = context;
  const next = sentences[sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1)) + 1];
  return next === undefined || next.paragraphIndex !== quotation.paragraphIndex;
}

/**
 * Whether a quotation is its own sentence and says something: not a question ("“And what comes next?”" is as often
 * an interviewer's) nor words the narration goes on about ("“Big and strong”, the players thought").
 */
function standsAlone(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { text, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1))];
  // Brown's copy writes the question mark after the closing mark (“Are you kidding”??).
  if (!sentence || /\?/.test(text.slice(quotation.start, Math.max(quotation.end, sentence.end)))) return false;
  return /^[\p{P}\s]*$/u.test(text.slice(quotation.end, sentence.end));
}

/**
 * "“…,” he said. “Not strength.”": a quotation that is a sentence of its own, capitalised and closed by its own stop,
 * is words said, however short, not a scare quote inside narration.
 */
function isWholeSentence(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { text, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, quotation.start)];
  return (
    sentence !== undefined &&
    /^\p{Lu}.*[.!?]$/su.test(text.slice(quotation.start, quotation.end)) &&
    /^[\p{P}\s]*$/u.test(text.slice(sentence.start, quotation.start)) &&
    /^[\p{P}\s]*$/u.test(text.slice(quotation.end, sentence.end))
  );
}

/** Whether a quotation opens its paragraph. */
function opensParagraph(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { text, sentences } = context;
  const index = sentenceIndexOf(context, quotation.start);
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  return (
    sentence !== undefined &&
    (previous === undefined || previous.paragraphIndex !== sentence.paragraphIndex) &&
    text.slice(sentence.start, quotation.start).trim().length <= 1
  );
}

/**
 * "Slim makes many frank and provocative remarks:" and then paragraphs that are each one quotation: a colon
 * announces all of them, so a quotation standing alone in the paragraph straight after such a quotation goes on with
 * its speaker (a run of quoted paragraphs not announced so, as in an interview, may change speaker each time).
 */
export function continuesAnnouncedList(
  context: AttributionContext,
  previous: QuotationSpan,
  quotation: QuotationSpan,
  previousAnnounced: boolean,
): boolean {
  return (
    previousAnnounced &&
    quotation.paragraphIndex === previous.paragraphIndex + 1 &&
    isWholeParagraph(context, quotation)
  );
}

/**
 * The speaker of a quotation with no cue of its own: whoever spoke the quotation before it in its paragraph, or the
 * one it re-opens at a new paragraph, else whoever the narration just before reports; null for a
 * scare quote.
 */
export function continuingSpeaker(
  context: AttributionContext,
  quotations: readonly QuotationSpan[],
  position: number,
  sentenceIndex: number,
  quotationSpeakers: readonly (string | null)[],
  labels: readonly boolean[],
): string | null {
  const quotation = quotations[position] as QuotationSpan;
  if (
    wordCount(context.text.slice(quotation.start, quotation.end)) < MIN_CONTINUING_WORDS &&
    !isWholeSentence(context, quotation)
  )
    return null;
  if (inNarration(context, quotations, position, sentenceIndex)) return null;
  // "…,” Rubio said on ABC's “This Week.” “Because …”: a title quoted between two parts of the words is passed over.
  let before = position - 1;
  while (before >= 0 && labels[before] && quotations[before]?.paragraphIndex === quotation.paragraphIndex) before--;
  const previous = quotations[before];
  const speaker =
    previous &&
    // A quotation re-opened at a new paragraph is the same speaker going on; so is one opening the paragraph after
    // one whose speaker closed it ("“…,” said Lord Holme.¶“If the prime minister's …").
    (previous.paragraphIndex === quotation.paragraphIndex ||
      quotation.reopens ||
      (previous.paragraphIndex < quotation.paragraphIndex &&
        onlyMarkersBetween(context, previous.paragraphIndex, quotation.paragraphIndex) &&
        closesParagraph(context, previous) &&
        opensParagraph(context, quotation) &&
        standsAlone(context, quotation)))
      ? (quotationSpeakers[before] ?? null)
      : null;
  const turned =
    speaker !== null &&
    previous !== undefined &&
    !quotation.reopens &&
    anotherSubjectBetween(context, previous.end, quotation.start, speaker);
  return (
    (turned ? null : speaker) ??
    reportedBefore(context, quotations, sentenceIndex, position, quotationSpeakers.slice(0, position))
  );
}

/**
 * Whether every paragraph strictly between two is a page's one-word marker ("ADVERTISEMENT" between a speaker's
 * paragraphs), no sentence of the story.
 */
function onlyMarkersBetween(context: AttributionContext, from: number, to: number): boolean {
  const { text, sentences } = context;
  for (let paragraph = from + 1; paragraph < to; paragraph++) {
    const words = sentences
      .filter((sentence) => sentence.paragraphIndex === paragraph)
      .map((sentence) => text.slice(sentence.start, sentence.end))
      .join(' ')
      .trim();
    if (words !== '' && !/^\p{L}+$/u.test(words)) return false;
  }
  return true;
}

/**
 * "US coach Patrick McEnroe wants", "Earlier Lib Dem home affairs spokesman Mark Oaten said", "Her husband Roderic
 * Schmidt agreed": a name after nothing but the words of its title, and perhaps one linking word, opens its sentence too.
 */
function titledSubject(context: AttributionContext, mention: Span): boolean {
  const { words, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, mention.start)] as Span;
  const title = words.slice(firstWordFrom(context, sentence.start), indexOfWordStartingAt(context, mention.start));
  const afterLink = ['CCONJ', 'ADV'].includes(title[0]?.pos ?? '') ? title.slice(1) : title;
  // "Her husband Roderic Schmidt": a possessive may open the title.
  const linked = POSSESSIVE_DETERMINER.test(afterLink[0]?.text ?? '') ? afterLink.slice(1) : afterLink;
  // "Double try scorer Martyn Williams": a verb's base form the tagger finds before a noun of the title modifies it.
  return linked.every(
    (word, at) =>
      word.pos === 'PROPN' ||
      word.pos === 'NOUN' ||
      word.pos === 'ADJ' ||
      (word.pos === 'VERB' &&
        at > 0 &&
        linked[at + 1]?.pos === 'NOUN' &&
        wordLemmas(word.text.toLowerCase()).includes(word.text.toLowerCase())),
  );
}

/**
 * '"…," said Nadal. US coach Patrick McEnroe wants Roddick to play on clay. "I think …"': a whole sentence of
 * narration between two quotations whose subject is someone else turns the story to them; the words after it do not
 * go on from the earlier speaker.
 */
function anotherSubjectBetween(context: AttributionContext, from: number, to: number, speaker: string): boolean {
  const { sentences, mentions } = context;
  // A quotation's end may fall between two sentences (its closing mark belongs to neither): go on from the next one.
  const containing = sentenceIndexOf(context, from);
  const first = containing >= 0 ? containing + 1 : firstStartingAfter(sentences, from - 1);
  for (let index = first; index < sentences.length; index++) {
    const sentence = sentences[index] as Span;
    if (sentence.start >= to) return false;
    // The quotation's own sentence counts up to the quotation: "Barley is described as a “…”".
    const until = Math.min(sentence.end, to);
    for (let at = firstStartingAfter(mentions, sentence.start - 1); (mentions[at]?.start ?? Infinity) < until; at++) {
      const mention = mentions[at] as EntityMention;
      if (mention.kind !== 'person' || !(opensItsSentence(context, mention) || titledSubject(context, mention)))
        continue;
      if (mention.speaker !== speaker) return true;
    }
  }
  return false;
}

/**
 * "…, Mr Howard said." or "Mrs Robinson warned that …." then a sentence opening with a quotation that has no cue:
 * the words go on from whoever the sentence before reports in narration (by a cue closing it, else its first),
 * in its paragraph or the one before (web copy loses paragraph breaks). Not after a quoted sentence: there the
 * words are as often an interviewer's or another party's (measured on PolNeAR and Brown, about one in four); a
 * partial quotation inside the narration ("saying he has the “wrong solution” to them.") is no such turn.
 */
function reportedBefore(
  context: AttributionContext,
  quotations: readonly QuotationSpan[],
  sentenceIndex: number,
  position: number,
  earlierSpeakers: readonly (string | null)[],
): string | null {
  const { text, sentences } = context;
  const quotation = quotations[position] as QuotationSpan;
  const sentence = sentences[sentenceIndex];
  const previous = sentences[sentenceIndex - 1];
  if (!sentence || !previous) return null;
  if (text.slice(sentence.start, quotation.start).trim().length > 1) return null;
  const previousQuote = quotations[position - 1];
  if (previousQuote) {
    const punctuationOnly = (from: number, to: number) => /^[\s\p{P}]*$/u.test(text.slice(from, to));
    // “The pass”, Stram said, “was fine”.: the second part of a quoted sentence is that sentence too.
    const firstPart = quotations[position - 2];
    const secondPart =
      firstPart !== undefined &&
      firstPart.end > previous.start &&
      /^[^.!?]*,\s*\p{Pi}?["\u201C]?$/u.test(text.slice(firstPart.end + 1, previousQuote.start));
    const partial = /^\p{Ll}/u.test(text[previousQuote.start] ?? '') && !secondPart;
    if (previousQuote.end > previous.start && !partial) return null;
    // "“What kind of car is it”?? Harold Dobbs asked." then “It is a British car”: a question is answered by another.
    const question = text.slice(previousQuote.end - 1, previous.start).includes('?');
    if (question && punctuationOnly(previousQuote.end, previous.start)) return null;
  }
  // "So is UKIP's job to destroy the Tories, as Kilroy-Silk once declared? “No. …”": a question the narration asks
  // is answered by someone else than whom it reports.
  if (/\?\s*$/.test(text.slice(previous.start, previous.end))) return null;
  // A verb closing the sentence after a comma reports the clause before it, whatever verb of communication it is
  // ("…, Putnam countered."), when it names someone ("…, the blogging world found out" gives way to "says Mr
  // Kotamaraja"); one inside the sentence must be one of saying ("talked to Putin" reports no words).
  const closing = sentenceTailCue(context, previous, previous.start);
  const tail = speakerFound(closing) !== null ? closing : sentenceTailCue(context, previous, previous.start, true);
  const cue = tail.found ? tail : cueBetween(context, previous.start, previous.end, previous.end, false, true);
  if (cue.found) return speakerFound(cue);
  // "Roderic Jones disagreed. “…”": a sentence of nothing but a subject and its verb introduces the words after it,
  // whatever the verb, as it does set off after them.
  const bare = bareClauseCue(context, firstWordFrom(context, previous.start), previous.end);
  if (bare.found) return speakerFound(bare);
  const subject = speakingSubject(context, previous, quotation);
  return subject !== null && earlierSpeakers.includes(subject) ? subject : null;
}

/** "I", "my", "me", "I'm": the quoted words speak of their speaker. */
const FIRST_PERSON = /(?:^|[^\p{L}'])(?:I|my|me|I['\u2019](?:m|ve|d|ll))(?![\p{L}'\u2019])/u;

/**
 * "Jamie didn't finally arrive at hospital until nine hours after the accident.¶“For the first nine hours, I had no
 * pain killers …”": words in the first person after a sentence of narration with no cue are its subject's, when that
 * is a person named (or he or she) and no one else is named in it; the caller keeps them only for someone the article
 * has already quoted (the story's own voice, not a stranger's words it goes on to).
 */
function speakingSubject(context: AttributionContext, previous: Span, quotation: QuotationSpan): string | null {
  const { text, mentions } = context;
  const quoted = text.slice(quotation.start, quotation.end);
  const firstSentence = quoted.split(/(?<=[.!?])\s/)[0] ?? quoted;
  if (!FIRST_PERSON.test(firstSentence)) return null;
  // Whoever else the sentence names might speak next ("the crash" is no one).
  const inSentence = mentions.filter(
    (mention) =>
      mention.start >= previous.start &&
      mention.end <= previous.end &&
      mention.kind !== 'pronoun' &&
      !(mention.kind === 'anonymous' && mention.person !== true),
  );
  const [subject] = mentions.filter(
    (mention) => mention.start >= previous.start && mention.end <= previous.end && opensItsSentence(context, mention),
  );
  if (!subject) return null;
  if (subject.kind === 'pronoun')
    return inSentence.length === 0 && (subject.gender === 'male' || subject.gender === 'female')
      ? resolvePronoun(context, subject)
      : null;
  const speaker = subject.kind === 'person' ? subject.speaker : null;
  return speaker !== null &&
    (context.genderOf.get(speaker) ?? null) !== null &&
    inSentence.every((mention) => mention.kind === 'person' && mention.speaker === speaker)
    ? speaker
    : null;
}

/** "and" or "but", then the verb it joins and the word after it: "and then told", "and praised their". */
const JOINED_VERB = /^[\p{P}\s]*(?:and|but)\s+(?:(?:then|also|later|again)\s+)?([\p{L}-]+)\s*([\p{L}-]*)/u;

/**
 * Whether the narration from `from` to `to` (between two quotations of one sentence) is a reporting verb joined by
 * "and" or "but", with no subject of its own before it and no other quotation after it.
 */
export function joinsReportingVerb(context: AttributionContext, from: number, to: number): boolean {
  const between = context.text.slice(from, to);
  const match = JOINED_VERB.exec(between);
  if (match === null || /["\u201C]/.test(between.slice(match[0].length, -1))) return false;
  return reportingVerbAt(match[1] ?? '', match[2] || undefined) !== null;
}
