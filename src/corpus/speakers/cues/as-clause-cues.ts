import { isReportingGerund } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, countWordsIn, indexOfWordStartingAt } from './attribution-context.js';
import type { CueResult } from './cue-result.js';
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
  return words[indexOfWordStartingAt(context, subject.start) - 1]?.text.toLowerCase() === 'as'
    ? speakerOf(context, subject)
    : null;
}

/** Whether the object after verb `index` (a name or a pronoun) is followed by "as saying". */
export function asSayingAfterObject(context: AttributionContext, index: number): boolean {
  const { words, mentionStartingAt } = context;
  const object = mentionStartingAt.get(words[index + 1]?.start ?? -1);
  const asIndex = object ? indexOfWordStartingAt(context, object.start) + 1 + countWordsIn(context, object) : index + 2;
  return words[asIndex]?.text.toLowerCase() === 'as' && isReportingGerund(words[asIndex + 1]?.text ?? '');
}

/**
 * "quoted Jensen as saying", "quoted him as saying", "Jensen was quoted as saying": whoever is quoted speaks, not
 * whoever quotes; `asIndex` is the index of "as".
 */
export function asSayingCue(context: AttributionContext, asIndex: number, first: number): CueResult | null {
  const { words, mentionEndingAt } = context;
  const object = words[asIndex - 1];
  if (!object) return null;
  if (object.pos === 'VERB') {
    const subject = subjectBefore(context, asIndex - 1, clauseStartBefore(context, asIndex - 1, first));
    return subject === 'none' ? null : subject;
  }
  const mention = mentionEndingAt.get(object.end);
  const objectStart = mention ? indexOfWordStartingAt(context, mention.start) : asIndex - 1;
  if (words[objectStart - 1]?.pos !== 'VERB') return null;
  const gender = OBJECT_PRONOUNS[object.text.toLowerCase()];
  if (gender) return { found: true, speaker: resolvePronoun(context, { ...object, kind: 'pronoun', gender }) };
  return mention ? speakerOf(context, mention) : null;
}
