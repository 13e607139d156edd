import { reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom, indexOfWordStartingAt } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { resolvePronoun } from './resolve-pronoun.js';
import { speakerOf } from './speaker-of-mention.js';
import { POSSESSIVE_PRONOUNS } from './word-helpers.js';

/**
 * "in Mr. Kennedy's own words", "in Senator Smith's words", "in the words of Coach Benington", "in his words to one
 * correspondent": their owner speaks (he or she resolved as a subject would be).
 */
export function ownWordsCue(context: AttributionContext, index: number): CueResult | null {
  const { words, mentionEndingAt, mentionStartingAt } = context;
  if (
    words[index + 1]?.text.toLowerCase() === 'of' &&
    words[index - 1]?.text.toLowerCase() === 'the' &&
    words[index - 2]?.text.toLowerCase() === 'in'
  ) {
    const owner = mentionStartingAt.get(words[index + 2]?.start ?? -1);
    return owner ? speakerOf(context, owner) : null;
  }
  let position = index - 1;
  if (words[position]?.text.toLowerCase() === 'own') position--;
  const possessive = words[position];
  const gender = POSSESSIVE_PRONOUNS[possessive?.text.toLowerCase() ?? ''];
  if (possessive && gender && words[position - 1]?.text.toLowerCase() === 'in')
    return { found: true, speaker: resolvePronoun(context, { ...possessive, kind: 'pronoun', gender }) };
  if (!/^['\u2019]s$/.test(possessive?.text ?? '')) return null;
  const owner = mentionEndingAt.get((words[position - 1] as TaggedWord | undefined)?.end ?? -1);
  const before = owner ? words[indexOfWordStartingAt(context, owner.start) - 1] : undefined;
  return owner && before?.text.toLowerCase() === 'in' ? speakerOf(context, owner) : null;
}

/** "players who, in the words of Coach Benington, “…”": naming whose words they are outranks any verb before. */
export function ownWordsBefore(context: AttributionContext, from: number, quotationStart: number): CueResult {
  const { words } = context;
  for (let index = firstWordFrom(context, from); (words[index]?.end ?? Infinity) < quotationStart; index++) {
    if ((words[index] as TaggedWord).text.toLowerCase() !== 'words') continue;
    const cue = ownWordsCue(context, index);
    if (cue !== null) return cue;
  }
  return NO_CUE;
}

/**
 * "a claim by Peter Hain that the Tory leader is acting like an “attack mongrel”": a noun of saying and "by" name
 * whose words the clause its "that" opens gives, whatever verb reports the whole.
 */
export function claimByBefore(context: AttributionContext, from: number, quotationStart: number): CueResult {
  const { words, mentionStartingAt } = context;
  for (let index = firstWordFrom(context, from); (words[index]?.end ?? Infinity) < quotationStart; index++) {
    const noun = words[index] as TaggedWord;
    if (noun.pos !== 'NOUN' || words[index + 1]?.text.toLowerCase() !== 'by') continue;
    if (reportingVerbAt(noun.text.replace(/s$/, ''), undefined) === null) continue;
    const at = words[index + 2]?.text.toLowerCase() === 'the' ? index + 3 : index + 2;
    const claimant = mentionStartingAt.get(words[at]?.start ?? -1);
    if (claimant?.kind !== 'person' && claimant?.kind !== 'body') continue;
    const after = words[firstWordFrom(context, claimant.end)];
    if (after?.text.toLowerCase() === 'that' && after.end < quotationStart) return speakerOf(context, claimant);
  }
  return NO_CUE;
}
