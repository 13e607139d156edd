import type { Span } from '../corpus-types.js';
import type { QuotationSpan } from '../find-quotation-spans.js';
import {
  createAttributionContext,
  type DocumentAttributionInput,
  firstStartingAfter,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './cues/attribution-context.js';
import { leadingBareClause } from './cues/bare-clause.js';
import { type CueResult, NO_CUE } from './cues/cue-result.js';
import { ownWordsBefore } from './cues/own-words.js';
import { isLabel } from './cues/quotation-labels.js';
import { cueAt, cueBetween } from './cues/reporting-verb-cue.js';
import { speakerOf } from './cues/speaker-of-mention.js';
import { subjectBefore } from './cues/subject-before.js';
import { trailingCueOf } from './cues/trailing-cue.js';
import { clauseStartBefore, isFiniteVerb, lower, opensItsSentence, PUNCTUATION } from './cues/word-helpers.js';
import { isReportingGerund, reportingVerbAt } from './reporting-verbs.js';
import type { TaggedWord } from './tag-words.js';

/** What may stand between a verb and the reporting noun heading its object: "makes many frank and provocative remarks". */
const OBJECT_MODIFIER = new Set(['DET', 'ADJ', 'NUM', 'CCONJ', 'ADV']);
/** "…, Hemphill said." / "…, the Controller charged Tuesday.": the few words of a closing cue. */
const MAX_TAIL_CUE_WORDS = 5;
/** "said Gore, was “…”", "called him “…”": how far a verb may stand before the quotation it governs. */
const MAX_WORDS_AFTER_GOVERNING_VERB = 2;

/** A quotation of fewer words ("Outside" faculty) is a scare quote, not the previous speaker going on. */
const MIN_CONTINUING_WORDS = 3;
const CLAUSE_PREPOSITIONS = /^(?:after|before|since|until|once)$/i;

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
  const { text, allWords, words, sentences, mentionEndingAt, mentionStartingAt, insideName, spoken } = context;

  /**
   * "Romney went after Trump, calling it “disqualifying”", "Trump said that he and Putin discussed it, adding that
   * Beijing “…”": a reporting participle set off by a comma between `from` and a quotation reports for the subject of
   * the sentence's first reporting verb, else of the finite verb nearest before it (infinitives and participles
   * skipped). Only before a quotation: one after it goes on to other words.
   */
  function participleBefore(from: number, quotationStart: number): CueResult {
    for (let index = firstWordFrom(context, from); (words[index]?.end ?? Infinity) < quotationStart; index++) {
      const word = words[index] as TaggedWord;
      if (words[index - 1]?.text !== ',' || !isReportingGerund(word.text)) continue;
      const sentence = sentences[sentenceIndexOf(context, word.start)];
      if (!sentence) return NO_CUE;
      const start = firstWordFrom(context, sentence.start);
      const finite = (position: number) =>
        isFiniteVerb(context, words[position]) && lower(words[position - 1]) !== 'to';
      let verb = -1;
      for (let position = start; position < index - 1 && verb < 0; position++)
        if (finite(position) && reportingVerbAt((words[position] as TaggedWord).text, undefined)) verb = position;
      for (let position = index - 2; position >= start && verb < 0; position--) if (finite(position)) verb = position;
      if (verb >= 0) {
        const subject = subjectBefore(context, verb, clauseStartBefore(context, verb, start));
        return subject === 'none' ? NO_CUE : subject;
      }
      // The tagger found no finite verb ("Trump shot back"): the subject opening the sentence, if a person or body.
      for (let position = start; position < index - 1; position++) {
        const mention = mentionStartingAt.get((words[position] as TaggedWord).start);
        if (!mention) continue;
        return opensItsSentence(context, mention) && (mention.kind === 'person' || mention.kind === 'body')
          ? speakerOf(context, mention)
          : NO_CUE;
      }
      return NO_CUE;
    }
    return NO_CUE;
  }

  /**
   * "The Hughes concern took “shortcuts” on the project, Hemphill said.": a cue closing the sentence after a comma
   * (after `from`, where a quotation ends).
   */
  function sentenceTailCue(sentence: Span, from = sentence.start, saying = false): CueResult {
    const tail: TaggedWord[] = [];
    for (let index = firstWordFrom(context, from); (words[index]?.end ?? Infinity) <= sentence.end; index++)
      tail.push(words[index] as TaggedWord);
    const comma = tail.findLastIndex((word) => word.text === ',');
    const clause = tail.slice(comma + 1).filter((word) => !PUNCTUATION.test(word.text));
    if (comma < 0 || clause.length === 0 || clause.length > MAX_TAIL_CUE_WORDS) return NO_CUE;
    if (!/[.!?]\s*$/.test(text.slice(sentence.start, sentence.end))) return NO_CUE;
    const cue = cueBetween(context, (clause[0] as TaggedWord).start, sentence.end, sentence.end, false, saying);
    if (cue.found) return cue;
    // "…, Carl W. Buchheister, president of the Audubon Society, said today.": the verb's subject stands before the
    // appositive that the last comma closes.
    const verbIndex = indexOfWordStartingAt(context, (clause[0] as TaggedWord).start);
    return cueAt(context, verbIndex, firstWordFrom(context, from), sentence.end, saying) ?? NO_CUE;
  }

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
      sentenceFrom + text.slice(sentenceFrom, quotation.start).lastIndexOf(';') + 1,
      quotation.start,
    );
    let leading = ownWordsBefore(context, leadingFrom, quotation.start);
    if (!leading.found) leading = cueJustBefore(leadingFrom, quotation.start, sentence.end);
    if (!leading.found) leading = cueBetween(context, leadingFrom, quotation.start - 1, sentence.end);
    if (!leading.found) leading = participleBefore(leadingFrom, quotation.start);
    if (!leading.found) leading = leadingBareClause(context, leadingFrom, quotation.start);
    let fromColon = false;
    if (!leading.found && !trailing.found && text.slice(sentence.start, quotation.start).trim().length <= 1) {
      leading = colonIntroduction(sentenceIndex);
      fromColon = leading.found;
    }
    const endSentence = sentences[sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1))];
    if (!leading.found && !trailing.found && endSentence) leading = sentenceTailCue(endSentence, quotation.end);
    if (!leading.found && !trailing.found) leading = quotedPredicateOf(quotation.start);
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

  /**
   * "And after the Supreme Court refused to reinstate the law, Gov. McCrory blamed the court's “…”": a clause of its
   * own opened by a subordinating word and closed by a comma says nothing of who speaks in the main clause, so the
   * cue is looked for after it. "As Jackson puts it, “…”" is a cue, and is kept.
   */
  function afterFrontedClause(from: number, quotationStart: number): number {
    let position = firstWordFrom(context, from);
    if (['CCONJ', 'ADV'].includes(words[position]?.pos ?? '') && words[position + 1]?.text !== ',') position++;
    const opener = words[position];
    // Prepositions that also open clauses; others ("With all the energy of his body he prayed,") open a phrase.
    const subordinating = opener?.pos === 'SCONJ' || (opener?.pos === 'ADP' && CLAUSE_PREPOSITIONS.test(opener.text));
    if (!opener || !subordinating || lower(opener) === 'as') return from;
    for (let at = position + 1; (words[at]?.end ?? Infinity) < quotationStart; at++) {
      const word = words[at] as TaggedWord;
      if (word.text === ',') {
        const clause = words.slice(position + 1, at);
        const closesWithCue = reportingVerbAt(clause.at(-1)?.text ?? '', undefined) !== null;
        return !closesWithCue && clause.some((other) => other.pos === 'VERB') ? word.end : from;
      }
      if (/^[;:\u2014]$/.test(word.text)) return from;
    }
    return from;
  }

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

  /**
   * "Mrs. Geraghty “will beat the bushes for oriental talent”": a quotation opening with a verb straight after a
   * person is that person's predicate, in their words.
   */
  function quotedPredicateOf(quotationStart: number): CueResult {
    const firstQuoted = allWords[firstStartingAfter(allWords, quotationStart - 1)];
    if (
      firstQuoted?.start !== quotationStart ||
      !['VERB', 'AUX'].includes(firstQuoted.pos) ||
      !/^\p{Ll}/u.test(firstQuoted.text)
    )
      return NO_CUE;
    const before = words[firstWordFrom(context, quotationStart - 1) - 1];
    const subject = before ? mentionEndingAt.get(before.end) : undefined;
    if (subject?.kind !== 'person' || text.slice(subject.end, quotationStart - 1).trim() !== '') return NO_CUE;
    return speakerOf(context, subject);
  }

  /**
   * A cue whose verb stands at most two words before the quotation governs it, over an earlier cue in another clause:
   * "After the coach listed his faults, Hartweger said, “…”", "No, said he, but officials called him “evasive”".
   * Not when the earlier verb reports the clause it stands in ("The State Department said he will discuss “…”"), nor
   * from further off ("Government attorneys, Leavitt said, have questioned him closely about “…”").
   */
  function cueJustBefore(from: number, quotationStart: number, sentenceEnd: number): CueResult {
    const first = firstWordFrom(context, from);
    let wordsBetween = 0;
    for (let index = firstWordFrom(context, quotationStart - 1) - 1; index >= first; index--) {
      const cue = cueAt(context, index, first, sentenceEnd, false);
      if (cue !== null) return reportedByEarlierCue(first, index, sentenceEnd) ? NO_CUE : cue;
      if (PUNCTUATION.test((words[index] as TaggedWord).text)) continue;
      if (++wordsBetween > MAX_WORDS_AFTER_GOVERNING_VERB) break;
    }
    return NO_CUE;
  }

  /** Whether a cue before word `index` reaches it with no clause break (comma, colon, semicolon, dash) between. */
  function reportedByEarlierCue(first: number, index: number, sentenceEnd: number): boolean {
    for (let earlier = index - 1; earlier >= first; earlier--) {
      if (/^[,;:\u2014]$/.test((words[earlier] as TaggedWord).text)) return false;
      if (cueAt(context, earlier, first, sentenceEnd, false) !== null) return true;
    }
    return false;
  }

  /** "The Mayor said:" closing the paragraph before a quotation that opens its own. */
  function colonIntroduction(sentenceIndex: number): CueResult {
    const previous = sentences[sentenceIndex - 1];
    if (!previous || !/:\s*$/.test(text.slice(previous.start, previous.end))) return NO_CUE;
    const cue = cueBetween(context, previous.start, previous.end, previous.end, true);
    return cue.found ? cue : reportingNounCue(previous);
  }

  /**
   * "Field Marshal Slim makes many frank and provocative remarks:", "the Field Marshal has this to say:": a clause
   * ending in a colon whose object is the noun of a reporting verb (remarks, comments, words), or something "to say",
   * announces the words that follow; the subject of its verb spoke them.
   */
  function reportingNounCue(sentence: Span): CueResult {
    const first = firstWordFrom(context, sentence.start);
    const colon = firstWordFrom(context, sentence.end) - 1;
    const last = words[colon - 1];
    if (words[colon]?.text !== ':' || !last || reportingVerbAt(last.text, undefined) === null) return NO_CUE;
    let position = colon - 2;
    if (last.pos === 'NOUN') {
      // "many frank and provocative": determiners and coordinated adjectives before the noun.
      while (position > first && OBJECT_MODIFIER.has((words[position] as TaggedWord).pos)) position--;
    } else if (lower(words[position]) === 'to' && ['PRON', 'DET'].includes(words[position - 1]?.pos ?? '')) {
      position -= 2;
    } else return NO_CUE;
    const verb = words[position];
    const isVerb = verb?.pos === 'VERB' || (last.pos !== 'NOUN' && /^ha(?:s|d|ve)$/i.test(verb?.text ?? ''));
    if (!verb || !isVerb || insideName.has(verb.start)) return NO_CUE;
    const subject = subjectBefore(context, position, clauseStartBefore(context, position, first));
    return subject === 'none' ? NO_CUE : subject;
  }

  // "The talks will go on, Pompeo said.": a cue closing the sentence credits all of it; else its first cue does.
  const sentenceCues = sentences.map((sentence) => {
    const tail = sentenceTailCue(sentence, sentence.start, true);
    return tail.found ? tail : cueBetween(context, sentence.start, sentence.end, sentence.end, false, true);
  });
  return { quotationSpeakers, cueFound, sentenceSpeakers: sentenceCues.map((cue) => (cue.found ? cue.speaker : null)) };
}
