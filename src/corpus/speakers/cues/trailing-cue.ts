import { SPEECH_VERBS } from '../speaker-lexicon.js';
import type { QuotationSpan } from '../../find-quotation-spans.js';
import { isReportingGerund, reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import {
  type AttributionContext,
  countWordsIn,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';
import type { EntityMention } from '../document-entities.js';
import { asIndexAfterObject, quotedAsSaying, quotedObjectSaying } from './as-clause-cues.js';
import { bareClauseCue } from './bare-clause.js';
import { abstain, type CueResult, NO_CUE } from './cue-result.js';
import { cueAt, cueBetween } from './reporting-verb-cue.js';
import { speakerOf } from './speaker-of-mention.js';
import { PUNCTUATION, SUBORDINATORS } from './word-helpers.js';

/** "…??” He said" / "…!!” Coach Royal shouted": the words after a question or exclamation where its cue may be. */
const OPENING_CUE_WORDS = 3;
/** "Snapped Maureen, “…": a verb, a capitalised name, a comma or colon and an opening quotation mark. */
const INVERTED_CUE_BEFORE_QUOTATION = /^\S+(?: \p{Lu}[\p{L}.'\u2019-]*)+\s*[,:]\s*[\u201C"]/u;

/**
 * The cue after a quotation, read in the sentence where the quotation ends; a question or exclamation closes its
 * sentence, so "…??” Asked Mrs. Peck" reads on into the next sentence of the paragraph when that opens with the verb.
 */
export function trailingCueOf(context: AttributionContext, quotation: QuotationSpan): CueResult {
  const { text, words, sentences } = context;
  const endIndex = Math.max(0, sentenceIndexOf(context, Math.max(quotation.start, quotation.end - 1)));
  const sentence = sentences[endIndex];
  if (!sentence) return NO_CUE;
  const cue = trailingCue(context, quotation, sentence.end);
  const next = sentences[endIndex + 1];
  if (cue.found || !next || next.paragraphIndex !== sentence.paragraphIndex) return cue;
  // The question or exclamation mark may close the quoted words ("…change?” Trump asked") or follow them.
  const between = text.slice(quotation.end, next.start);
  const asks = /[?!]$/.test(text.slice(quotation.start, quotation.end)) || /[?!]/.test(between);
  if (!asks || !/^[?!]*(?:[\u201D"][?!]*)?\s*$/.test(between)) return cue;
  const openerIndex = firstWordFrom(context, next.start);
  const opener = words[openerIndex];
  const inverted =
    opener !== undefined &&
    reportingVerbAt(opener.text, words[indexOfWordStartingAt(context, opener.start) + 1]?.text) !== null;
  if (inverted) {
    // "…??” Snapped Maureen, “Me Jane”!!": an inverted cue set off before another quotation introduces that one.
    const introduces = INVERTED_CUE_BEFORE_QUOTATION.test(text.slice(next.start, next.end));
    return introduces ? NO_CUE : trailingCue(context, quotation, next.end);
  }
  // "…?” attorney Lisa Bloom tweeted after the verdict": no sentence opens in lower case; the segmenter's break after a
  // question mark leaves the quotation's own sentence going on.
  if (/^\p{Ll}/u.test(opener?.text ?? '')) {
    const lowerCue = trailingCue(context, quotation, next.end);
    return lowerCue.found ? lowerCue : setOffPersonCue(context, openerIndex, next.end);
  }
  // "…??” He said, pointing to a boy": a subject and its verb of saying opening the next sentence ("…?” Mooppan
  // pointed to previous bans" is a sentence of its own).
  // A name with its title, and the place it is from, count as one word there ("…?” Independence Blue Cross Chief
  // Executive Officer Daniel Hilferty said", "…!” Representative Gerald Connolly of Virginia told").
  // An adjective the name leaves out may open it ("Democratic U.S. Representative …").
  const subjectIndex = words[openerIndex]?.pos === 'ADJ' ? openerIndex + 1 : openerIndex;
  const subject = context.mentionStartingAt.get(words[subjectIndex]?.start ?? -1);
  const last = subject
    ? pastPlaceOfOrigin(words, subjectIndex + 1 + countWordsIn(context, subject)) + OPENING_CUE_WORDS - 2
    : openerIndex + OPENING_CUE_WORDS - 1;
  const openingEnd = Math.min(next.end, words[last]?.end ?? next.end);
  const opening = cueBetween(context, next.start, openingEnd, next.end, false, true);
  if (opening.found) return opening;
  // "…?” Hannity pressed.": a sentence of only a subject and its verb.
  const bare = bareClauseCue(context, openerIndex, next.end);
  if (bare.found) return bare;
  // "…?” former governor Ed Rendell, a Safehouse board member, told": a person set off by an appositive opening the
  // next sentence, and the verb after it.
  const setOff = setOffPersonCue(context, openerIndex, next.end);
  return setOff.found ? setOff : closingVerbCue(context, openerIndex, next.end);
}

/**
 * The cue of the verb after a person set off by an appositive, opening the sentence after a question or exclamation;
 * not when that sentence quotes words of its own after the verb ("…?” Tory MP Peter Luff, another co-chairman, said
 * that the legislation was “…”"), which the verb reports instead.
 */
function setOffPersonCue(context: AttributionContext, openerIndex: number, sentenceEnd: number): CueResult {
  const verb = verbAfterSetOffPerson(context, openerIndex, sentenceEnd);
  const after = context.text.slice(context.words[verb]?.end ?? sentenceEnd, sentenceEnd);
  if (verb < 0 || /[\u201C"]/.test(after)) return NO_CUE;
  return cueAt(context, verb, openerIndex, sentenceEnd, false) ?? NO_CUE;
}

/** Words of a title before a person whose comma `verbAfterSetOffPerson` looks for. */
const MAX_TITLE_WORDS_BEFORE_COMMA = 5;

/**
 * The verb after a person's name (after a few words of title at most, and no verb) and an appositive that commas set
 * off, from word `from`; else -1.
 */
function verbAfterSetOffPerson(context: AttributionContext, from: number, sentenceEnd: number): number {
  const { words, mentionEndingAt } = context;
  let comma = from;
  while (comma <= from + MAX_TITLE_WORDS_BEFORE_COMMA && words[comma]?.text !== ',') {
    if (!words[comma] || (words[comma]?.start ?? sentenceEnd) >= sentenceEnd) return -1;
    if (['VERB', 'AUX'].includes(words[comma]?.pos ?? '')) return -1;
    comma++;
  }
  if (words[comma]?.text !== ',' || mentionEndingAt.get(words[comma - 1]?.end ?? -1)?.kind !== 'person') return -1;
  for (let at = comma + 1; at <= comma + MAX_APPOSITIVE_WORDS; at++) {
    const word = words[at];
    if (!word || word.start >= sentenceEnd) return -1;
    if (word.pos === 'VERB' || word.pos === 'AUX') return words[at - 1]?.text === ',' ? at : -1;
  }
  return -1;
}

/** Words a sentence of only a subject and its closing reporting verb may hold. */
const MAX_SUBJECT_SENTENCE_WORDS = 8;

/**
 * "…?" Mr Kashyap's lawyer Mihir Desai said.': a short sentence of a noun phrase closed by its reporting verb is the
 * cue of the question before it, whose subject the verb's own rules find.
 */
function closingVerbCue(context: AttributionContext, openerIndex: number, sentenceEnd: number): CueResult {
  const { words } = context;
  let last = openerIndex;
  while ((words[last + 1]?.start ?? Infinity) < sentenceEnd && !PUNCTUATION.test(words[last + 1]?.text ?? '.')) last++;
  const verb = words[last];
  const closes = (words[last + 1]?.start ?? Infinity) >= sentenceEnd || /^[.!?]$/.test(words[last + 1]?.text ?? '');
  if (!verb || !closes || last - openerIndex >= MAX_SUBJECT_SENTENCE_WORDS || verb.pos !== 'VERB') return NO_CUE;
  if (words.slice(openerIndex, last).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return NO_CUE;
  return cueAt(context, last, openerIndex, sentenceEnd, false) ?? NO_CUE;
}

/** `…”, Pantas predicted` / `…”, said Ratcliff` / `…”, the American said`: a cue straight after the closing mark. */
function trailingCue(context: AttributionContext, quotation: QuotationSpan, sentenceEnd: number): CueResult {
  const { text, words } = context;
  let index = firstWordFrom(context, quotation.end);
  if (index >= words.length) return NO_CUE;
  while (
    index < words.length &&
    PUNCTUATION.test((words[index] as TaggedWord).text) &&
    (words[index] as TaggedWord).start < sentenceEnd
  ) {
    if (/^[\u201C"]$/.test((words[index] as TaggedWord).text) && (words[index] as TaggedWord).start > quotation.end + 1)
      return NO_CUE;
    index++;
  }
  const windowEnd = Math.min(sentenceEnd, words[lastWindowWord(context, index)]?.end ?? sentenceEnd);
  const start = words[index];
  if (!start || start.start >= sentenceEnd) return NO_CUE;
  // "While Trump said … and Tillerson said the reports were “laughable”, Trump has also said": a quotation inside a
  // clause of time or concession fronted before the main clause is not what the main clause's verb reports.
  if (inFrontedSubordinateClause(context, quotation)) return NO_CUE;
  // 'the Tories were in "turmoil" because Mr Flight had exposed their plans': a clause a subordinating conjunction
  // opens is about something else ("as Smith said" aside, which the as-clause cues read; "though," is an adverb).
  if (start.pos === 'SCONJ' && !/^as$/i.test(start.text) && !PUNCTUATION.test(words[index + 1]?.text ?? ','))
    return NO_CUE;
  // '"a bit of a disaster" as it meant the launch was lost': "as" with a verb that takes an object opens a clause of
  // reason, no comment clause ("as Smith said", "as he put it").
  if (/^as$/i.test(start.text) && !commentClauseFrom(context, index + 1, sentenceEnd)) return NO_CUE;
  // '"morally indefensible" but the government said': a conjunction and a subject of its own open another clause,
  // whose cue is of that clause's words.
  if (start.pos === 'CCONJ' && words[index + 1]?.pos !== 'VERB') return NO_CUE;
  const cue = cueBetween(context, start.start, windowEnd, sentenceEnd);
  // "“Djangology”, made up of tracks he recorded": a cue after another verb stands in that verb's clause, which
  // says nothing of who spoke the quotation.
  // Set off by a comma after the closing mark ("…”, Maris recalls") or inside it ("…,” Blackwell continued"), or
  // closed by a question or exclamation.
  const between = text.slice(quotation.end, start.start);
  const setOff =
    /^[\s,?!\u201D"\u2019']*$/.test(between) &&
    (/[,?!]/.test(between) || /[?!]$/.test(text.slice(quotation.start, quotation.end)));
  // Where the clause runs on past the quotation ("Clinton was “extremely careless” and mishandled information, he
  // said"), such a cue is no cue of it at all.
  if (cue.found && verbBeforeCue(context, index, windowEnd, sentenceEnd)) return setOff ? abstain : NO_CUE;
  // "it was “not a very encouraging” situation that would confront Kennedy": a quotation inside a clause that goes
  // on is not closed by that clause's verb; only a cue that names someone counts there.
  if (!setOff && cue.found && cue.speaker === null && start.pos === 'NOUN') return NO_CUE;
  // '“chaotic delay” showed Republicans were': a verb straight after a quotation that is not set off inverts only
  // where it is one of saying ('“We will win” said Smith'); any other takes the quoted words as its subject.
  if (!setOff) return start.pos === 'VERB' && !SPEECH_VERBS.has(start.text.toLowerCase()) ? NO_CUE : cue;
  // "…," Michael Lamberty, a Lufthansa spokesman told': the description the cue found unnamed is the appositive of the
  // person before it, who speaks.
  if (cue.found) {
    const described = cue.speaker === null ? appositiveSubjectCue(context, index, sentenceEnd) : NO_CUE;
    return described.found ? described : cue;
  }
  const bare = bareClauseCue(context, index, sentenceEnd);
  if (bare.found) return bare;
  const appositive = appositiveSubjectCue(context, index, sentenceEnd);
  if (appositive.found) return appositive;
  // "…”, decided some of the members": a verb the lexicon does not know still says someone else framed the words;
  // a reporting participle ("a “hope-monger”, saying she was confident") goes on to other words; so does the main
  // verb after a relative clause the quotation closes ("Trump, who predicted … “…,” wants"); a participle of no
  // subject ("…”, recalling him as a friend") goes on with the clause's own subject, and says nothing of the words.
  if (start.pos !== 'VERB' || closesRelativeClause(context, quotation)) return cue;
  if (isReportingGerund(start.text)) return cue;
  return /ing$/i.test(start.text) ? NO_CUE : abstain;
}

/** Whether the quotation ends a relative clause set off after a comma in its sentence (", who predicted … “…,”"). */
function closesRelativeClause(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { words, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, quotation.start)];
  if (!sentence) return false;
  for (
    let index = firstWordFrom(context, quotation.start) - 1;
    (words[index]?.start ?? -1) >= sentence.start;
    index--
  ) {
    const word = words[index] as TaggedWord;
    if (/^(?:who|which)$/i.test(word.text)) return words[index - 1]?.text === ',';
    if (word.text === ',') return false;
  }
  return false;
}

/** Words of the subject of a comment clause of "as" ("as the Secretary of State for Culture said"). */
const MAX_COMMENT_SUBJECT_WORDS = 8;

/** What opens a verb's object or clause: a comment clause's verb takes none ("as Cruz said on the radio"). */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'SCONJ']);

/** Whether the words from `index` are a subject and a verb whose object is no reported words ("as he put it"). */
function commentClauseFrom(context: AttributionContext, index: number, sentenceEnd: number): boolean {
  const { words, insideName } = context;
  for (let position = index; position < index + MAX_COMMENT_SUBJECT_WORDS; position++) {
    const word = words[position];
    if (!word || word.start >= sentenceEnd) return false;
    if (word.pos !== 'VERB' || insideName.has(word.start)) continue;
    let after = position + 1;
    // "as he put it", "as he addresses him": "it", "so" or a person spoken to takes no reported words.
    if (/^(?:it|so|him|her|them|me|us)$/i.test(words[after]?.text ?? '')) after++;
    const next = words[after];
    return !next || next.start >= sentenceEnd || !OBJECT_OPENERS.has(next.pos);
  }
  return false;
}

/** Words after a quotation where its cue is looked for; further when they are one long subject before its verb. */
const CUE_WINDOW_WORDS = 6;
const MAX_SUBJECT_WORDS = 12;

/**
 * The last word of the window after a quotation: six words on, or past the verb after a longer noun phrase ("…,” India's
 * federal commerce Minister Kamal Nath said).
 */
function lastWindowWord(context: AttributionContext, index: number): number {
  const { text, words, insideName } = context;
  for (let position = index; position < index + MAX_SUBJECT_WORDS; position++) {
    const word = words[position];
    if (!word) break;
    // With the word after the verb ("pointed out"), or up to "saying" ("quoted Qantas chief executive Geoff Dixon as
    // saying", "Kremlin spokesman Dmitry Peskov was quoted as saying").
    if (word.pos === 'VERB' && !insideName.has(word.start))
      return Math.max(
        position + 1,
        asIndexAfterObject(context, position) + 1,
        quotedAsSaying(context, position) ? position + 3 : 0,
        index + CUE_WINDOW_WORDS,
      );
    // "CBI director-general Sir Digby Jones told": a hyphen joining two words keeps the noun phrase going.
    const joining = word.text === '-' && text[word.start - 1] !== ' ' && text[word.end] !== ' ';
    // An auxiliary goes on to its verb ("… Peskov was quoted"), and "and" between capitalised words keeps a name going
    // ("the Department of Health and Human Services said").
    const innerAnd =
      word.pos === 'CCONJ' &&
      CAPITALISED.test(words[position - 1]?.text ?? '') &&
      CAPITALISED.test(words[position + 1]?.text ?? '');
    // "Chicago lawyer and former federal prosecutor Patrick Cotter said": "and" joining two roles keeps a title going.
    const joinsRoles =
      /^and$/i.test(word.text) &&
      words[position - 1]?.pos === 'NOUN' &&
      ['ADJ', 'NOUN'].includes(words[position + 1]?.pos ?? '');
    // "Freedom Caucus member Raúl Labrador (R) of Idaho said": a party's or place's tag in brackets is part of it.
    const tag = word.text === '(' ? closingBracketWithin(words, position) : -1;
    if (tag > 0) {
      position = tag;
      continue;
    }
    if (!APPOSITIVE_POS.has(word.pos) && !joining && word.pos !== 'AUX' && !innerAnd && !joinsRoles) break;
  }
  return index + CUE_WINDOW_WORDS;
}

/** Words a bracketed tag after a name may hold, its marks among them: "(R)", "(R-Idaho)", "(D-N.Y.)" (D - N . Y.). */
const MAX_TAG_WORDS = 6;

/** The index of the ")" closing the short tag whose "(" is word `open`, or -1. */
function closingBracketWithin(words: readonly TaggedWord[], open: number): number {
  for (let position = open + 1; position <= open + MAX_TAG_WORDS; position++)
    if (words[position]?.text === ')') return position > open + 1 ? position : -1;
  return -1;
}

/** Words a noun phrase holds before a participle that modifies its noun ("the acting director"). */
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** Whether a verb that is no cue stands among words `from` … `windowEnd` before the first cue there. */
function verbBeforeCue(context: AttributionContext, from: number, windowEnd: number, sentenceEnd: number): boolean {
  const { words, insideName } = context;
  for (let index = from; index < words.length && (words[index] as TaggedWord).end <= windowEnd; index++) {
    if (cueAt(context, index, from, sentenceEnd, false) !== null) return false;
    const word = words[index] as TaggedWord;
    // "former CIA acting director Michael Morrell told": a participle inside a noun phrase modifies its noun.
    const modifier =
      /(?:ing|ed)$/i.test(word.text) &&
      NOUN_PHRASE_WORDS.has(words[index - 1]?.pos ?? '') &&
      /^(?:NOUN|PROPN)$/.test(words[index + 1]?.pos ?? '');
    // "quoted him as saying", "was quoted as saying": "saying" is the cue.
    if (
      word.pos === 'VERB' &&
      !modifier &&
      !insideName.has(word.start) &&
      asIndexAfterObject(context, index) === -1 &&
      quotedObjectSaying(context, index) === null &&
      !quotedAsSaying(context, index)
    )
      return true;
  }
  return false;
}

/** Parts of speech of an appositive noun phrase ("a Green member of the European Parliament", "Lloyd's chief executive"). */
const APPOSITIVE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART', 'NUM']);
const CAPITALISED = /^\p{Lu}/u;
const MAX_APPOSITIVE_WORDS = 12;

/** "its minister for economic affairs": a possessive determiner opens an appositive as "the" does. */
const POSSESSIVE = /^(?:its|his|her|their)$/i;

/** "executive director of Korea Development Bank - one of the firm's creditors -": the aside between dashes dropped. */
function withoutDashedAside(phrase: readonly TaggedWord[]): readonly TaggedWord[] {
  const open = phrase.findIndex((word) => /^[-\u2013\u2014]$/.test(word.text));
  const close = phrase.findLastIndex((word) => /^[-\u2013\u2014]$/.test(word.text));
  return open > 0 && close > open + 1 && close === phrase.length - 1 ? phrase.slice(0, open) : phrase;
}

/**
 * A noun phrase with a common noun in it, not another name ("Smith, Jones said" is a list), or where the person is from
 * ("Jeff Joseph, from the Consumer Electronics Association (CEA) told"), a short form in brackets included.
 */
const appositiveBefore = (phrase: readonly TaggedWord[]): boolean => {
  const words = withoutDashedAside(phrase).filter((word) => !/^[()]$/.test(word.text));
  return (
    words.length <= MAX_APPOSITIVE_WORDS &&
    words.every((word) => APPOSITIVE_POS.has(word.pos) || POSSESSIVE.test(word.text)) &&
    (words.some((word) => word.pos === 'NOUN') || /^(?:from|of|at)$/i.test(words[0]?.text ?? '')) &&
    /^(?:NOUN|PROPN)$/.test(words.at(-1)?.pos ?? '')
  );
};

/**
 * "…”, Beryl W. Sprinkel, economist of Harris Trust & Savings Bank, Chicago, predicted": a person, an appositive
 * set off by commas, then a reporting verb straight after the appositive's closing comma.
 */
function appositiveSubjectCue(context: AttributionContext, index: number, sentenceEnd: number): CueResult {
  const { words, mentionStartingAt, insideName } = context;
  const opener = mentionStartingAt.get((words[index] as TaggedWord).start);
  // "the play's organiser …, Sarah Mukasa,": an unnamed mention opening a description is no opening person.
  const first = opener?.kind === 'person' && possessorWords(context, index) === 0 ? opener : undefined;
  const opening = first ?? namedAfterDescription(context, index);
  const end = indexOfWordStartingAt(context, opening?.start ?? -1) + 1 + (opening ? countWordsIn(context, opening) : 0);
  const after = pastPlaceOfOrigin(words, end);
  if (opening?.kind !== 'person' || words[after]?.text !== ',') return NO_CUE;
  for (let position = after + (first ? 2 : 1); (words[position]?.start ?? Infinity) < sentenceEnd; position++) {
    const word = words[position] as TaggedWord;
    // "Mr Prettejohn, Lloyd's chief executive said": the appositive's closing comma is often left out after a
    // short noun phrase.
    // "Joon Kim, acting U.S. attorney …, was quoted as saying": auxiliaries may stand between the comma and the verb.
    let verbStart = position;
    while (words[verbStart - 1]?.pos === 'AUX' && verbStart - 1 > after) verbStart--;
    const closed =
      (words[verbStart - 1] as TaggedWord).text === ',' || appositiveBefore(words.slice(after + 1, verbStart));
    if (!closed || word.pos !== 'VERB' || insideName.has(word.start)) continue;
    if (!reportingVerbAt(word.text, words[position + 1]?.text, words[position + 2]?.text)) continue;
    // "Burns, a former No. 3 official at the agency, and Crocker, a six-time U.S. ambassador, added": a second
    // person joined after the appositive shares the verb, and neither alone spoke.
    const joined = words
      .slice(after + 1, position)
      .some(
        (between, at, phrase) =>
          between.text === 'and' &&
          phrase[at - 1]?.text === ',' &&
          mentionStartingAt.get(phrase[at + 1]?.start ?? -1)?.kind === 'person',
      );
    return joined ? abstain : speakerOf(context, opening);
  }
  return NO_CUE;
}

/** Words of a place after "of" or "from" that may follow a name: "of New Jersey", "from Salt Lake City". */
const MAX_PLACE_WORDS = 3;

/** "Representative Bill Pascrell of New Jersey, a Democrat …, said": the index past such a place, else `index`. */
function pastPlaceOfOrigin(words: readonly TaggedWord[], index: number): number {
  if (!/^(?:of|from)$/.test(words[index]?.text ?? '')) return index;
  let last = index + 1;
  while (words[last]?.pos === 'PROPN' && last - index <= MAX_PLACE_WORDS) last++;
  return last > index + 1 ? last : index;
}

/** Words of a description that may stand before the name it describes, set off by a comma. */
const MAX_DESCRIPTION_WORDS = 8;

/** Words of such a description besides common nouns and adjectives: "the play's organiser in Uganda". */
const DESCRIPTION_GLUE = new Set(['DET', 'PART', 'ADP', 'PROPN']);

/**
 * "…,” hunt master, Captain Ian Farquhar, said", "…," the play's organiser in Uganda, Sarah Mukasa, told": a
 * description with a common noun and no person in it, a comma, then the person it describes, whose own comma the
 * reporting verb follows.
 */
function namedAfterDescription(context: AttributionContext, index: number): EntityMention | undefined {
  const { words, mentionStartingAt } = context;
  const start = index + possessorWords(context, index);
  let common = false;
  for (let position = start; position < start + MAX_DESCRIPTION_WORDS; position++) {
    const word = words[position];
    if (!word || mentionStartingAt.get(word.start)?.kind === 'person') return undefined;
    if (word.text === ',')
      return common && position > start ? mentionStartingAt.get(words[position + 1]?.start ?? -1) : undefined;
    const lowerCase = /^\p{Ll}/u.test(word.text);
    if (['NOUN', 'ADJ'].includes(word.pos) && lowerCase) common ||= word.pos === 'NOUN';
    else if (!DESCRIPTION_GLUE.has(word.pos) || (word.pos === 'PROPN' && position === start)) return undefined;
  }
  return undefined;
}

/**
 * The words of a possessor opening a description ("Clinton's former campaign manager", "her spokesman"): a possessive
 * pronoun, or a person's name and its "'s"; 0 when there is none. The possessor is someone else than the one described.
 */
function possessorWords(context: AttributionContext, index: number): number {
  const { words, mentionStartingAt } = context;
  if (POSSESSIVE.test(words[index]?.text ?? '')) return 1;
  const owner = mentionStartingAt.get(words[index]?.start ?? -1);
  if (owner?.kind !== 'person') return 0;
  const after = index + 1 + countWordsIn(context, owner);
  return /^['\u2019]s$/.test(words[after]?.text ?? '') ? after - index + 1 : 0;
}

/**
 * Whether the quotation stands in a clause that a subordinating conjunction (not "as") opens at the start of its
 * sentence, with no comma before it to close that clause, and a verb of saying of its own ("While … Tillerson said");
 * without one the main clause reports it ("While the economy is growing at a “good pace” he warned").
 */
function inFrontedSubordinateClause(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { words, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, quotation.start)];
  if (!sentence) return false;
  const first = firstWordFrom(context, sentence.start);
  const opener = words[first]?.text.toLowerCase() ?? '';
  if (!SUBORDINATORS.has(opener) || opener === 'as') return false;
  let reports = false;
  for (let index = first + 1; (words[index]?.end ?? Infinity) <= quotation.start; index++) {
    const word = words[index] as TaggedWord;
    if (word.text === ',') return false;
    if (word.pos === 'VERB' && reportingVerbAt(word.text, words[index + 1]?.text) !== null) reports = true;
  }
  return reports;
}
