import type { EntityMention } from '../document-entities.js';
import {
  type AttributionContext,
  firstStartingAfter,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';
import { isFiniteVerb } from './word-helpers.js';

/**
 * "Mrs. Geraghty “will beat the bushes for oriental talent”": a quotation opening with a verb straight after a
 * person is that person's predicate, in their words.
 */
export function quotedPredicateOf(context: AttributionContext, quotationStart: number): CueResult {
  const { text, allWords, words, mentionEndingAt } = context;
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
  // "Brooks stated that … Florida Senator “did well”", "Rubio's catch phrase was that Crist “would say or do anything”":
  // inside a clause "that" opens, the person is that clause's subject, quoted by whoever frames it.
  const sentence = context.sentences[sentenceIndexOf(context, subject.start)];
  const opening = words.slice(
    firstWordFrom(context, sentence?.start ?? subject.start),
    indexOfWordStartingAt(context, subject.start),
  );
  if (opening.some((word) => /^that$/i.test(word.text))) return NO_CUE;
  // "Schumer tried to cast this deal as Trump “selling out”": after a preposition the person is its object.
  if (opening.at(-1)?.pos === 'ADP') return NO_CUE;
  const framer = commentClauseBefore(context, indexOfWordStartingAt(context, subject.start));
  return speakerOf(context, framer ?? subject);
}

/**
 * "Unlike Obama, Saul continued, Romney “understands …”": a person and a finite verb alone between commas, straight
 * before the subject, frame the sentence as that person's words, whatever the verb (as a bare clause after a
 * quotation does).
 */
function commentClauseBefore(context: AttributionContext, subjectIndex: number): EntityMention | undefined {
  const { words, mentionEndingAt } = context;
  const verb = words[subjectIndex - 2];
  if (words[subjectIndex - 1]?.text !== ',' || !isFiniteVerb(context, verb)) return undefined;
  const framer = mentionEndingAt.get(words[subjectIndex - 3]?.end ?? -1);
  if (framer?.kind !== 'person') return undefined;
  const before = words[indexOfWordStartingAt(context, framer.start) - 1];
  return before?.text === ',' ? framer : undefined;
}
