import { isReportingGerund, reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import {
  type AttributionContext,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';
import type { EntityMention } from '../document-entities.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { speakerOf } from './speaker-of-mention.js';
import { subjectBefore } from './subject-before.js';
import { clauseStartBefore, isFiniteVerb, lower, opensItsSentence } from './word-helpers.js';

/**
 * "Romney went after Trump, calling it “disqualifying”", "Trump said that he and Putin discussed it, adding that
 * Beijing “…”", "Knapman attacked the plans saying they needed “…”": a reporting participle between `from` and a
 * quotation, set off by a comma or not, reports for the subject of the sentence's first reporting verb, else of the
 * finite verb nearest before it (infinitives and participles skipped). Only before a quotation: one after it goes on
 * to other words.
 */
export function participleBefore(context: AttributionContext, from: number, quotationStart: number): CueResult {
  const { words, sentences, mentionStartingAt } = context;
  for (let index = firstWordFrom(context, from); (words[index]?.end ?? Infinity) < quotationStart; index++) {
    const word = words[index] as TaggedWord;
    if (!isReportingGerund(word.text)) continue;
    const sentence = sentences[sentenceIndexOf(context, word.start)];
    if (!sentence) return NO_CUE;
    const start = firstWordFrom(context, sentence.start);
    const own = ownSubject(context, index);
    if (own) return speakerOf(context, own);
    const finite = (position: number) => isFiniteVerb(context, words[position]) && lower(words[position - 1]) !== 'to';
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

const PROGRESSIVE = /^(?:is|was|are|were|been|be)$/i;
const ROLE_WORD = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * "he is promising to levy a “modest” increase", "with Mr Kennedy stressing politicians should not “…”": a
 * progressive's subject, or the subject a gerund has after "with", reports; a name just before a gerund elsewhere
 * may be an object ("Trump attacked Clinton saying …" is Trump's).
 */
export function ownSubject(context: AttributionContext, index: number): EntityMention | null {
  const { words, mentionEndingAt } = context;
  const progressive = PROGRESSIVE.test(words[index - 1]?.text ?? '');
  const mention = mentionEndingAt.get(words[index - (progressive ? 2 : 1)]?.end ?? -1);
  if (!mention || mention.kind === 'anonymous') return null;
  // "with Rovers boss Mark Hughes claiming": a role written before the name is part of the gerund's subject.
  let before = indexOfWordStartingAt(context, mention.start) - 1;
  while (ROLE_WORD.has(words[before]?.pos ?? '') && lower(words[before]) !== 'with') before--;
  // "with the League of Conservation Voters calling": the mention may leave its article out.
  if (lower(words[before]) === 'the') before--;
  return progressive || lower(words[before]) === 'with' ? mention : null;
}
