import { isReportingGerund } from '../reporting-verbs.js';
import type { EntityMention } from '../document-entities.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, countWordsIn, indexOfWordStartingAt } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { resolvePronoun } from './resolve-pronoun.js';
import { speakerOf } from './speaker-of-mention.js';
import { subjectBefore } from './subject-before.js';
import { clauseStartBefore, isAdverb } from './word-helpers.js';

const OBJECT_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = { him: 'male', her: 'female' };

/**
 * "as Sen. Jackson puts it, “…”", "as Harrison's Principles Of Internal Medicine, a standard text, puts it": a
 * comment clause of "as", a subject, any verb and "it" standing for the words quoted; its subject wrote or said them.
 */
export function asItCue(context: AttributionContext, verbIndex: number): CueResult | null {
  const { words, mentionEndingAt } = context;
  let position = verbIndex - 1;
  while (isAdverb(words[position])) position--;
  if (words[position]?.text === ',') {
    position--;
    while (position > 0 && (words[position] as TaggedWord).text !== ',') position--;
    position--;
  }
  const subject = mentionEndingAt.get(words[position]?.end ?? -1);
  if (!subject) return null;
  // "as former Canadian ambassador to China David Mulroney puts it": a role written before the name.
  let before = indexOfWordStartingAt(context, subject.start) - 1;
  for (let role = 0; role < MAX_ROLE_WORDS && ROLE_POS.has(words[before]?.pos ?? '') && !isAs(words[before]); role++)
    before--;
  return isAs(words[before]) ? speakerOf(context, subject) : null;
}

const isAs = (word: TaggedWord | undefined): boolean => word?.text.toLowerCase() === 'as';
/** Words of a role before a name: "former Canadian ambassador to China". */
const ROLE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'ADP']);
const MAX_ROLE_WORDS = 6;

/** Words that may make up a quoted object: "prosecutor Russell McGuire", "an insider in the talks", "him". */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'ADP']);
const MAX_OBJECT_WORDS = 7;

/**
 * The index of "as" in "<verb> <object> as saying", the object a noun phrase of up to seven words ("quoted Peoplesoft
 * worker David Ogden as saying"), or -1.
 */
export function asIndexAfterObject(context: AttributionContext, verbIndex: number): number {
  const { words, mentionStartingAt } = context;
  for (let position = verbIndex + 1; position <= verbIndex + 1 + MAX_OBJECT_WORDS; position++) {
    const word = words[position];
    if (!word) return -1;
    if (word.text.toLowerCase() === 'as' && position > verbIndex + 1)
      return isReportingGerund(words[position + 1]?.text ?? '') ? position : -1;
    // A name is one word of the object, whatever it holds ("Prince Saud Al-Faisal").
    const mention = mentionStartingAt.get(word.start);
    if (mention) position += countWordsIn(context, mention);
    else if (!OBJECT_POS.has(word.pos)) return -1;
  }
  return -1;
}

/** Whether the object after verb `index` (a name, a pronoun or a description) is followed by "as saying". */
export function asSayingAfterObject(context: AttributionContext, index: number): boolean {
  return asIndexAfterObject(context, index) !== -1;
}

/** "was quoted as saying": a passive verb straight before "as saying", whose subject is the one quoted. */
export function quotedAsSaying(context: AttributionContext, index: number): boolean {
  const { words } = context;
  return (
    words[index]?.pos === 'VERB' &&
    words[index + 1]?.text.toLowerCase() === 'as' &&
    isReportingGerund(words[index + 2]?.text ?? '')
  );
}

/**
 * "quoted Jensen as saying", "quoted him as saying", "quoted prosecutor Russell McGuire as saying", "Jensen was quoted
 * as saying": whoever is quoted speaks, not whoever quotes; `asIndex` is the index of "as". Someone quoted by a
 * description only ("quoted an insider in the talks as saying") is no one we can name.
 */
export function asSayingCue(context: AttributionContext, asIndex: number, first: number): CueResult | null {
  const { words, mentionEndingAt } = context;
  const object = words[asIndex - 1];
  if (!object) return null;
  if (object.pos === 'VERB') {
    const subject = subjectBefore(context, asIndex - 1, clauseStartBefore(context, asIndex - 1, first));
    return subject === 'none' ? null : subject;
  }
  let verbIndex = asIndex - 1;
  while (verbIndex >= asIndex - 1 - MAX_OBJECT_WORDS) {
    const word = words[verbIndex];
    const name = word && mentionEndingAt.get(word.end);
    if (name) verbIndex = indexOfWordStartingAt(context, name.start) - 1;
    else if (OBJECT_POS.has(word?.pos ?? '')) verbIndex--;
    else break;
  }
  if (words[verbIndex]?.pos !== 'VERB' || asIndexAfterObject(context, verbIndex) !== asIndex) return null;
  const gender = OBJECT_PRONOUNS[object.text.toLowerCase()];
  if (gender && verbIndex === asIndex - 2)
    return { found: true, speaker: resolvePronoun(context, { ...object, kind: 'pronoun', gender }) };
  const mention = mentionEndingAt.get(object.end);
  return mention ? speakerOf(context, mention) : abstain;
}

/** Forms of "quote" and "cite", whose object is the source of the words they report. */
const QUOTING_VERB = /^(?:quot|cit)(?:e|es|ed|ing)$/i;

/**
 * "Obama quoted Mandela saying, “…”": the name a verb of quoting takes as its object, straight before a reporting
 * gerund, with no "as" between; that name speaks, and the gerund is the cue. `verbIndex` is the quoting verb's.
 */
export function quotedObjectSaying(context: AttributionContext, verbIndex: number): EntityMention | null {
  const { words, mentionStartingAt } = context;
  if (!QUOTING_VERB.test(words[verbIndex]?.text ?? '')) return null;
  const object = mentionStartingAt.get(words[verbIndex + 1]?.start ?? -1);
  if (object?.kind !== 'person' && object?.kind !== 'body') return null;
  const after = words[verbIndex + 2 + countWordsIn(context, object)];
  return after !== undefined && isReportingGerund(after.text) ? object : null;
}
