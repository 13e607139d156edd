import { SPEECH_VERBS } from '../speaker-lexicon.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { cueAt } from './reporting-verb-cue.js';
import { isAdverb, isFiniteVerb, lower, PREPOSITIONS, PUNCTUATION, SUBORDINATORS } from './word-helpers.js';

/** "said Gore, was “…”", "called him “…”": how far a verb may stand before the quotation it governs. */
const MAX_WORDS_AFTER_GOVERNING_VERB = 2;

/**
 * "Russia denied meddling and Trump said the inquiry was a “…”": where "and" or "but" is followed by a subject and a
 * verb of saying of its own, the start of that clause (after the last such conjunction); else `from`.
 */
export function coordinatedClauseStart(context: AttributionContext, from: number, quotationStart: number): number {
  const { words, mentionStartingAt } = context;
  let start = from;
  for (let at = firstWordFrom(context, from); (words[at]?.end ?? Infinity) < quotationStart; at++) {
    const word = words[at] as TaggedWord;
    // "…, though Trump says China will “…”": a clause of concession after a comma is one of its own too.
    const concedes = /^(?:though|although|while|whereas)$/i.test(word.text) && words[at - 1]?.text === ',';
    if (!concedes && (word.pos !== 'CCONJ' || !/^(?:and|but)$/i.test(word.text))) continue;
    const subject = mentionStartingAt.get(words[at + 1]?.start ?? -1);
    if (subject === undefined) continue;
    let verb = firstWordFrom(context, subject.end);
    while (isAdverb(words[verb])) verb++;
    // Its own verb must be one of saying: "and it could deter" goes on with what the first clause reports.
    const reports = SPEECH_VERBS.has(lower(words[verb]));
    if (reports && (isFiniteVerb(context, words[verb]) || words[verb - 1]?.pos === 'AUX')) start = word.end;
  }
  return start;
}

/**
 * A cue whose verb stands at most two words before the quotation governs it, over an earlier cue in another clause:
 * "After the coach listed his faults, Hartweger said, “…”", "No, said he, but officials called him “evasive”".
 * Not when the earlier verb reports the clause it stands in ("The State Department said he will discuss “…”"), nor
 * from further off ("Government attorneys, Leavitt said, have questioned him closely about “…”").
 */
export function cueJustBefore(
  context: AttributionContext,
  from: number,
  quotationStart: number,
  sentenceEnd: number,
): CueResult {
  const { words } = context;
  const first = firstWordFrom(context, from);
  let wordsBetween = 0;
  for (let index = firstWordFrom(context, quotationStart - 1) - 1; index >= first; index--) {
    const cue = cueAt(context, index, first, sentenceEnd, false);
    if (cue !== null) {
      // "Anderson said she felt pressure from Stacy Nelson who wrote, “…”": a relative clause's verb of saying, right
      // before the quotation, has its own subject, which the earlier verb does not report.
      const relative = wordsBetween === 0 && /^who$/i.test(words[index - 1]?.text ?? '');
      return !relative && reportedByEarlierCue(context, first, index, sentenceEnd) ? NO_CUE : cue;
    }
    if (PUNCTUATION.test((words[index] as TaggedWord).text)) continue;
    if (++wordsBetween > MAX_WORDS_AFTER_GOVERNING_VERB) break;
  }
  return relativeCueBeforePhrase(context, first, quotationStart, sentenceEnd);
}

/** Words of a prepositional phrase that may stand between a relative clause's verb and its quotation. */
const MAX_PHRASE_AFTER_RELATIVE_VERB = 6;

/**
 * "… pressure from Stacy Nelson who wrote in one exchange from 2016, “…”": a relative clause's verb of saying, its
 * prepositional phrase set off by a comma before the quotation, has its own subject, which an earlier verb does not
 * report.
 */
function relativeCueBeforePhrase(
  context: AttributionContext,
  first: number,
  quotationStart: number,
  sentenceEnd: number,
): CueResult {
  const { words } = context;
  let comma = firstWordFrom(context, quotationStart - 1) - 1;
  while (comma >= first && /^[\u201C"]$/.test((words[comma] as TaggedWord).text)) comma--;
  if (words[comma]?.text !== ',') return NO_CUE;
  for (let verb = comma - 2; verb >= Math.max(first, comma - 1 - MAX_PHRASE_AFTER_RELATIVE_VERB); verb--) {
    const word = words[verb] as TaggedWord;
    if (/^who$/i.test(words[verb - 1]?.text ?? '') && PREPOSITIONS.has(lower(words[verb + 1])))
      return cueAt(context, verb, first, sentenceEnd, false) ?? NO_CUE;
    if (word.pos === 'VERB' || word.pos === 'AUX' || PUNCTUATION.test(word.text)) return NO_CUE;
  }
  return NO_CUE;
}

/** Whether a cue before word `index` reaches it with no clause break (comma, colon, semicolon, dash) between. */
function reportedByEarlierCue(context: AttributionContext, first: number, index: number, sentenceEnd: number): boolean {
  const { words } = context;
  for (let earlier = index - 1; earlier >= first; earlier--) {
    if (/^[,;:\u2014]$/.test((words[earlier] as TaggedWord).text)) return false;
    // "According to Mr Peston the prime minister said:": a source fronted before the clause does not report it.
    if (/^according$/i.test((words[earlier] as TaggedWord).text)) continue;
    // "After Ri Yong Ho addressed the assembly in September Trump tweeted:": a verb inside a fronted clause of time or
    // condition reports nothing of the main clause, comma or none.
    if (
      cueAt(context, earlier, first, sentenceEnd, false) !== null &&
      !inFrontedPhrase(context, first, earlier) &&
      !(SUBORDINATORS.has(lower(words[first])) && lower(words[first]) !== 'as')
    )
      return true;
  }
  return false;
}

const NOUN_PHRASE_WORD = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);

/** "In a statement issued on Wednesday Lord Woolf said": a participle after the noun a fronted preposition governs. */
function inFrontedPhrase(context: AttributionContext, first: number, verb: number): boolean {
  const { words } = context;
  if (words[first]?.pos !== 'ADP' || words[verb - 1]?.pos !== 'NOUN') return false;
  return words.slice(first + 1, verb).every((word) => NOUN_PHRASE_WORD.has(word.pos));
}
