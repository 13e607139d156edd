import { isReportingGerund, reportingVerbAt } from '../reporting-verbs.js';
import { SPEECH_VERBS } from '../speaker-lexicon.js';
import type { EntityMention } from '../document-entities.js';
import type { TaggedWord } from '../tag-words.js';
import { accordingToCue } from './according-to.js';
import { asItCue, asSayingAfterObject, asSayingCue, quotedObjectSaying } from './as-clause-cues.js';
import {
  type AttributionContext,
  countWordsIn,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';
import { abstain, type CueResult, NO_CUE } from './cue-result.js';
import { ownWordsCue } from './own-words.js';
import { ownSubject } from './participle-cue.js';
import { speakerOf } from './speaker-of-mention.js';
import { subjectAfter } from './subject-after.js';
import { subjectBefore } from './subject-before.js';
import { clauseStartBefore, isFiniteVerb, lower, PASSIVE_BE, SUBORDINATORS } from './word-helpers.js';

/** What may stand before an inverted reporting verb: a closing quotation mark, a comma or colon (not a dash). */
const INVERSION_OPENERS = /^[,:\u201D"'\u2019]+$/;
/** The forms of "tell", a verb that takes its hearer as object and so never inverts. */
const TELL = /^(?:tell|tells|told|telling)$/i;

/** Each reporting verb in `[from, to)` whose subject the text gives, by its word index, with its cue. */
function* cuesBetween(
  context: AttributionContext,
  from: number,
  to: number,
  sentenceEnd: number,
  saying: boolean,
): Generator<{ readonly index: number; readonly cue: CueResult }> {
  const { words } = context;
  const first = firstWordFrom(context, from);
  for (let index = first; index < words.length && (words[index] as TaggedWord).end <= to; index++) {
    if (inRelativeAside(words, index, first, to)) continue;
    const cue = cueAt(context, index, first, sentenceEnd, saying);
    if (cue !== null) yield { index, cue };
  }
}

/**
 * The first reporting verb in `[from, to)` whose subject the text gives, or with `nearestTo` the last one ("When he
 * protested, the hotel owner said:" introduces with "said"); with `saying`, only verbs of saying (see `cueAt`).
 */
export function cueBetween(
  context: AttributionContext,
  from: number,
  to: number,
  sentenceEnd: number,
  nearestTo = false,
  saying = false,
): CueResult {
  let found = NO_CUE;
  for (const { cue } of cuesBetween(context, from, to, sentenceEnd, saying)) {
    if (!nearestTo) return cue;
    found = cue;
  }
  return found;
}

/**
 * The cue of the first reporting verb before a quotation at `to`, or, where what it reports holds a verb of saying of
 * its own with a name for subject, that verb's: "Cummings said Republican lawmaker Ron DeSantis told Fox News … that
 * he thought the informant could link the sale to “…”" quotes DeSantis, as Cummings relays him.
 */
export function leadingCueBetween(
  context: AttributionContext,
  from: number,
  to: number,
  sentenceEnd: number,
): CueResult {
  const { words, mentionEndingAt } = context;
  for (const { index: verb, cue } of cuesBetween(context, from, to, sentenceEnd, false)) {
    for (let index = verb + 1; index < words.length && (words[index] as TaggedWord).end <= to; index++) {
      if (/^[;:]$/.test((words[index] as TaggedWord).text)) break;
      const named = mentionEndingAt.get(words[index - 1]?.end ?? -1);
      if (named?.kind !== 'person' || !SPEECH_VERBS.has((words[index] as TaggedWord).text.toLowerCase())) continue;
      const reported = cueAt(context, index, verb + 1, sentenceEnd, true);
      if (reported?.found && reported.speaker !== null) return reported;
    }
    if (!mainClauseAfter(context, firstWordFrom(context, from), verb, to)) return cue;
  }
  return NO_CUE;
}

/**
 * "After a meeting at which Trump spoke, Tillerson referred to him as a “moron”", "In his only commentary before his
 * appointment to HUD, he called": a verb inside a fronted clause of time or condition, or a phrase a preposition
 * opens, reports nothing of the main clause after its comma, which has a subject and a verb of its own.
 */
function mainClauseAfter(context: AttributionContext, first: number, verb: number, to: number): boolean {
  const { words, mentionStartingAt } = context;
  // "Signaling that the Senate will acquit Trump, McConnell declared": so does a participle opening the sentence.
  // "According to Kerpen, it appears that …" is a cue, not a participle.
  const opensParticipleClause =
    words[first]?.pos === 'VERB' &&
    /^\p{Lu}\p{Ll}+ing$/u.test(words[first]?.text ?? '') &&
    lower(words[first]) !== 'according';
  if (!SUBORDINATORS.has(lower(words[first])) && words[first]?.pos !== 'ADP' && !opensParticipleClause) return false;
  for (let comma = verb + 1; (words[comma]?.end ?? Infinity) <= to; comma++) {
    if (words[comma]?.text !== ',') continue;
    const subject = mentionStartingAt.get(words[comma + 1]?.start ?? -1);
    if (subject === undefined) continue;
    // "McConnell of Kentucky declared": a place the subject is from stands between it and its verb.
    let next = firstWordFrom(context, subject.end);
    if (lower(words[next]) === 'of' && words[next + 1]?.pos === 'PROPN') next += 2;
    if (isFiniteVerb(context, words[next])) return true;
  }
  return false;
}

/**
 * "Tom Wheeler, who headed the FCC and advocated for the rules, called it “…”": a word inside a relative clause about
 * someone, set off by commas and closed before `to`, is an aside; its verbs report nothing that follows.
 */
function inRelativeAside(words: readonly TaggedWord[], index: number, first: number, to: number): boolean {
  let open = index - 1;
  while (open > first && words[open]?.text !== ',') open--;
  if (words[open]?.text !== ',' || !/^(?:who|whom|whose)$/i.test(words[open + 1]?.text ?? '')) return false;
  for (let close = index + 1; (words[close]?.end ?? Infinity) <= to; close++)
    if (words[close]?.text === ',') return true;
  return false;
}

/**
 * The cue of the word at `index`, if it is a reporting verb (or "according to") whose subject the text gives. With
 * `saying` the verb must be one that reports words ("said", "noted"), not any communication ("talked", "signed"):
 * a sentence credited to someone counts as their words.
 */
export function cueAt(
  context: AttributionContext,
  index: number,
  first: number,
  sentenceEnd: number,
  saying: boolean,
): CueResult | null {
  const { words, insideName } = context;
  const word = words[index] as TaggedWord;
  if (word.text.toLowerCase() === 'words') return ownWordsCue(context, index);
  if (words[index - 1]?.text.toLowerCase() === 'as' && isReportingGerund(word.text))
    return asSayingCue(context, index - 1, first);
  // "quoted Jensen as saying": the verb's object speaks, and "saying" is the cue.
  if (word.pos === 'VERB' && (asSayingAfterObject(context, index) || quotedObjectSaying(context, index) !== null))
    return null;
  const quotedBefore = isReportingGerund(word.text) ? quotingVerbBefore(context, index) : null;
  if (quotedBefore) return speakerOf(context, quotedBefore);
  if (word.pos === 'VERB' && words[index + 1]?.text.toLowerCase() === 'it') {
    const comment = asItCue(context, index);
    if (comment !== null) return comment;
  }
  // "with McCain calling the accusations “…”": a reporting gerund after "with" has its own subject, which speaks.
  // Not a progressive ("Fox was speaking after Blair told …"): its clause may go on to another verb of saying.
  const own =
    word.pos === 'VERB' && isReportingGerund(word.text) && words[index - 1]?.pos !== 'AUX'
      ? ownSubject(context, index)
      : null;
  if (own) return speakerOf(context, own);
  if (word.text.toLowerCase() === 'according' && words[index + 1]?.text.toLowerCase() === 'to')
    return accordingToCue(context, index, sentenceEnd);
  // "Kemp responded: “…”": a finite verb introducing a quotation with a colon reports it, whatever the verb; so does
  // one whose "that" opens the quotation at once ("Sen. Sherrod Brown laments that “This is pure Mitch McConnell.”").
  const introducesAtOnce =
    !saying &&
    isFiniteVerb(context, word) &&
    /^(?::|that)$/i.test(words[index + 1]?.text ?? '') &&
    /^[\u201C"]/.test(words[index + 2]?.text ?? '');
  // "During his address, Netanyahu called": after a possessive determiner a word is a noun, whatever the tagger says
  // ("her" may be an object before a verb: "heard her say").
  const possessed = /^(?:his|its|their|my|our|your)$/i.test(words[index - 1]?.text ?? '');
  const verb =
    !possessed &&
    !insideName.has(word.start) &&
    !capitalisedWithinClause(context, word) &&
    (['VERB', 'PROPN'].includes(word.pos) || invertedAsNoun(context, index)) &&
    (!saying || SPEECH_VERBS.has(word.text.toLowerCase()))
      ? (reportingVerbAt(word.text, words[index + 1]?.text, words[index + 2]?.text) ??
        (introducesAtOnce ? { words: 1 } : null))
      : null;
  if (!verb) return null;
  // "led Khrushchev to believe": an infinitive's subject is not the word before it, but "Mr Kennedy is to tell",
  // "is expected to say": after a form of "be" with no object, it is that verb's subject.
  if (words[index - 1]?.text.toLowerCase() === 'to') return infinitiveSubject(context, index - 1, first);
  // "were admitted", "will be presented", "was also committed to": a passive's subject did not speak.
  let auxiliary = index - 1;
  while (auxiliary > first && words[auxiliary]?.pos === 'ADV') auxiliary--;
  if (PASSIVE_BE.test(words[auxiliary]?.text ?? '')) return passiveAgent(context, index + verb.words);
  // "as Mr. Serling might say, “…”": a verb of saying under "might" or "may" imagines words no one is reported to have
  // said (lower case: "May said" is Theresa May's; "could" is also a past ability).
  if (/^(?:might|may)$/.test(words[auxiliary]?.text ?? '')) return abstain;
  const before = subjectBefore(context, index, clauseStartBefore(context, index, first));
  if (before !== 'none') return before;
  // Only an inverted verb ("Said Shoup:", ", said Ratcliff") takes its subject after it; otherwise that is an object.
  if (index > first && !INVERSION_OPENERS.test((words[index - 1] as TaggedWord).text)) return null;
  // "…," the play's organiser …, told the BBC': "tell" never inverts; the name after it is whom it was told.
  if (TELL.test(word.text)) return null;
  const after = subjectAfter(context, index + verb.words, sentenceEnd);
  return after === 'none' ? null : after;
}

/** Words of the verb group an infinitive completes: "is to", "is expected to", "will be set to". */
const VERB_GROUP = new Set(['AUX', 'VERB', 'ADV', 'PART']);
const BE = /^(?:is|are|was|were|be|been|am|'s|'re)$/i;
/**
 * Verbs of beginning and going on (VerbNet's begin-55.1 and continue-55.3: "Corbett goes on to criticise", "she began
 * to explain"): they entail the act they lead to, unlike "refused to" or "tried to".
 */
const ASPECTUAL =
  /^(?:begins?|began|begun|commenc(?:e|es|ed)|continu(?:e|es|ed)|proceed(?:s|ed)?|resum(?:e|es|ed)|start(?:s|ed)?)$/i;
const GO = /^(?:go|goes|went|gone)$/i;

/**
 * The subject of a verb group of "be", or of beginning or going on, ending just before "to" at `to`. Other verbs are
 * left alone: "refused to call", "tried to discuss", "are preparing to debate" and "were quick to chime in" may not
 * report these words.
 */
function infinitiveSubject(context: AttributionContext, to: number, first: number): CueResult | null {
  const { words } = context;
  let start = to;
  // "goes on to": the particle may be tagged a preposition.
  const goesOn = to - 2 >= first && words[to - 1]?.text.toLowerCase() === 'on' && GO.test(words[to - 2]?.text ?? '');
  if (goesOn) start -= 1;
  while (start > first && VERB_GROUP.has(words[start - 1]?.pos ?? '')) start--;
  const group = words.slice(start, to);
  const aspectual = goesOn || group.some((word) => ASPECTUAL.test(word.text));
  if (!(aspectual || group.some((word) => BE.test(word.text))) || group.some((word) => /ing$/i.test(word.text)))
    return null;
  const subject = subjectBefore(context, start, clauseStartBefore(context, start, first));
  return subject === 'none' ? null : subject;
}

/**
 * "…”, answers Richards.": the tagger may read an inverted verb as a plural noun; set off after a quotation mark,
 * comma or colon and followed straight by a name, it is the verb.
 */
function invertedAsNoun(context: AttributionContext, index: number): boolean {
  const { words, mentionStartingAt } = context;
  return (
    (words[index] as TaggedWord).pos === 'NOUN' &&
    INVERSION_OPENERS.test(words[index - 1]?.text ?? '') &&
    mentionStartingAt.get(words[index + 1]?.start ?? -1)?.kind === 'person'
  );
}

/**
 * "Hotel Escape's Bonanza room": a capitalised word inside a clause is a name, not a verb; a verb is capitalised
 * only where a sentence or an inverted cue opens ("Said Shoup:", "…!! Exclaimed Stram", "…”, Asked Mrs. Peck").
 */
function capitalisedWithinClause(context: AttributionContext, word: TaggedWord): boolean {
  const { text, sentences } = context;
  if (!/^\p{Lu}/u.test(word.text)) return false;
  const sentence = sentences[sentenceIndexOf(context, word.start)];
  const before = text.slice(sentence?.start ?? 0, word.start).trimEnd();
  return before !== '' && !/[.!?:;,\u201C\u201D"'\u2014(]$/u.test(before);
}

/**
 * "was hailed by a principal opposition leader, Dr. Juan Bosch, as having saved “…”": a passive reporting verb's
 * "by" phrase names who spoke, a description standing for the name set off after it. Only a named agent is a cue.
 */
function passiveAgent(context: AttributionContext, afterVerb: number): CueResult | null {
  const { words, mentionStartingAt } = context;
  if (words[afterVerb]?.text.toLowerCase() !== 'by') return null;
  let agent = mentionStartingAt.get(words[afterVerb + 1]?.start ?? -1);
  if (!agent || agent.kind === 'anonymous') {
    let next = agent ? indexOfWordStartingAt(context, agent.start) + 1 + countWordsIn(context, agent) : afterVerb + 1;
    while (!agent && ['DET', 'ADJ', 'NOUN'].includes(words[next]?.pos ?? '') && next < afterVerb + 8) next++;
    const named = words[next]?.text === ',' ? mentionStartingAt.get(words[next + 1]?.start ?? -1) : undefined;
    agent = named?.kind === 'person' ? named : undefined;
  }
  if (!agent || (agent.kind !== 'person' && agent.kind !== 'body')) return null;
  return speakerOf(context, agent);
}

/** The object of "quoted Mandela saying" when the gerund at `index` follows it, else null. */
function quotingVerbBefore(context: AttributionContext, index: number): EntityMention | null {
  const { words, mentionEndingAt } = context;
  const object = mentionEndingAt.get(words[index - 1]?.end ?? -1);
  if (!object) return null;
  const verbIndex = indexOfWordStartingAt(context, object.start) - 1;
  return quotedObjectSaying(context, verbIndex) === object ? object : null;
}
