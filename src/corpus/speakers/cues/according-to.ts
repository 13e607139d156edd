import type { AttributionContext } from './attribution-context.js';
import { abstain, type CueResult } from './cue-result.js';
import { subjectAfter } from './subject-after.js';

/** "according to the jury" at word `index`: the source after it speaks. */
export function accordingToCue(context: AttributionContext, index: number, sentenceEnd: number): CueResult | null {
  const { words, mentionEndingAt } = context;
  // "Congressman Martin, according to the Daily Labor Report, defends …": the source reports what the person
  // set off before it said or did; the two disagree on who speaks.
  const setOff = words[index - 1]?.text === ',' ? mentionEndingAt.get(words[index - 2]?.end ?? -1) : undefined;
  if (setOff?.kind === 'person') return abstain;
  const after = subjectAfter(context, index + 2, sentenceEnd);
  return after === 'none' ? null : after;
}
