import type { Span } from '../../corpus-types.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom, indexOfWordStartingAt } from './attribution-context.js';
import { abstain, type CueResult, NO_CUE } from './cue-result.js';
import { cueAt, cueBetween } from './reporting-verb-cue.js';
import { PUNCTUATION } from './word-helpers.js';

/** "…, Hemphill said." / "…, he told a conference on ageing.": the few words of a closing cue. */
const MAX_TAIL_CUE_WORDS = 6;

/**
 * "The Hughes concern took “shortcuts” on the project, Hemphill said.": a cue closing the sentence after a comma
 * (after `from`, where a quotation ends).
 */
export function sentenceTailCue(
  context: AttributionContext,
  sentence: Span,
  from = sentence.start,
  saying = false,
): CueResult {
  const { text, words } = context;
  const tail: TaggedWord[] = [];
  for (let index = firstWordFrom(context, from); (words[index]?.end ?? Infinity) <= sentence.end; index++)
    tail.push(words[index] as TaggedWord);
  const comma = tail.findLastIndex((word) => word.text === ',');
  const clause = tail.slice(comma + 1).filter((word) => !PUNCTUATION.test(word.text));
  if (!/[.!?]\s*$/.test(text.slice(sentence.start, sentence.end))) return NO_CUE;
  if (comma < 0 || clause.length === 0 || unitsOf(context, clause) > MAX_TAIL_CUE_WORDS)
    return invertedCueBeforeAppositive(context, tail, sentence.end, saying);
  const cue = cueBetween(context, (clause[0] as TaggedWord).start, sentence.end, sentence.end, false, saying);
  // "…,” Smith, Jones, and Brown said.": a subject after "and" is the last of coordinated subjects, or opens a clause of
  // its own; neither names who spoke alone.
  const coordinated =
    /^(?:and|or)$/i.test((clause[0] as TaggedWord).text) && context.mentionStartingAt.has(clause[1]?.start ?? -1);
  if (cue.found) return coordinated ? abstain : cue;
  // "…, Carl W. Buchheister, president of the Audubon Society, said today.": the verb's subject stands before the
  // appositive that the last comma closes.
  const verbIndex = indexOfWordStartingAt(context, (clause[0] as TaggedWord).start);
  return (
    cueAt(context, verbIndex, firstWordFrom(context, from), sentence.end, saying) ??
    invertedCueBeforeAppositive(context, tail, sentence.end, saying)
  );
}

/**
 * "…” because it reduces threats to growth, said Steven Chiavarone, a portfolio manager at …, which has …": a verb of
 * saying and a person's name between two commas, the name's description after them, close the sentence's cue.
 */
function invertedCueBeforeAppositive(
  context: AttributionContext,
  tail: readonly TaggedWord[],
  sentenceEnd: number,
  saying: boolean,
): CueResult {
  const { mentionStartingAt } = context;
  for (const [index, word] of tail.entries()) {
    const verb = tail[index + 1];
    if (word.text !== ',' || verb?.pos !== 'VERB') continue;
    const named = mentionStartingAt.get(tail[index + 2]?.start ?? -1);
    const after = tail.findIndex((other) => other.start >= (named?.end ?? Infinity));
    if (named?.kind !== 'person' || tail[after]?.text !== ',') continue;
    const cue = cueBetween(context, verb.start, named.end, sentenceEnd, false, saying);
    if (cue.found) return cue;
  }
  return NO_CUE;
}

/** Words of a clause, a name with its titles counting as one ("…, Education Secretary Ruth Kelly has suggested."). */
function unitsOf(context: AttributionContext, clause: readonly TaggedWord[]): number {
  let units = 0;
  let inside = -1;
  for (const word of clause) {
    if (word.start < inside) continue;
    units++;
    inside = context.mentionStartingAt.get(word.start)?.end ?? -1;
  }
  return units;
}
