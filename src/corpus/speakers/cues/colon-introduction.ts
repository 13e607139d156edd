import type { Span } from '../../corpus-types.js';
import { reportingVerbAt } from '../reporting-verbs.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstWordFrom } from './attribution-context.js';
import { type CueResult, NO_CUE } from './cue-result.js';
import { cueBetween } from './reporting-verb-cue.js';
import { speakerOf } from './speaker-of-mention.js';
import { subjectBefore } from './subject-before.js';
import { clauseStartBefore, isFiniteVerb, lower } from './word-helpers.js';

/** What may stand between a verb and the reporting noun heading its object: "makes many frank and provocative remarks". */
const OBJECT_MODIFIER = new Set(['DET', 'ADJ', 'NUM', 'CCONJ', 'ADV']);

/** "The Mayor said:" closing the paragraph before a quotation that opens its own. */
export function colonIntroduction(context: AttributionContext, sentenceIndex: number): CueResult {
  const { text, sentences } = context;
  const previous = sentences[sentenceIndex - 1];
  if (!previous || !/:\s*$/.test(text.slice(previous.start, previous.end))) return NO_CUE;
  const cue = cueBetween(context, previous.start, previous.end, previous.end, true);
  if (cue.found) return cue;
  const label = speakerLabelBefore(context, previous.start, previous.end);
  return label.found ? label : reportingNounCue(context, previous);
}

const LABEL_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "BBC Two controller Roly Keating: “…”", "- Bolton boss Sam Allardyce “…”": a clause from `from` that is only a
 * person's name, with any title, before a colon just before `until`, or after a dash opening the clause, labels the
 * words that follow as theirs, as a transcript or a match report's list of reactions does.
 */
export function speakerLabelBefore(context: AttributionContext, from: number, until: number): CueResult {
  const { words, mentionEndingAt } = context;
  let first = firstWordFrom(context, from);
  let end = firstWordFrom(context, until) - 1;
  while (end > first && /^["\u201C\s]+$/.test((words[end] as TaggedWord).text)) end--;
  const dashed = DASH.test(words[first]?.text ?? '');
  if (dashed) first++;
  if (words[end]?.text === ':') end--;
  else if (!dashed) return NO_CUE;
  if (end < first || !words.slice(first, end + 1).every((word) => LABEL_WORD.has(word.pos))) return NO_CUE;
  const named = mentionEndingAt.get((words[end] as TaggedWord).end);
  return named?.kind === 'person' ? speakerOf(context, named) : NO_CUE;
}

const DASH = /^[-\u2013\u2014]$/;

/**
 * "Field Marshal Slim makes many frank and provocative remarks:", "the Field Marshal has this to say:": a clause
 * ending in a colon whose object is the noun of a reporting verb (remarks, comments, words), or something "to say",
 * announces the words that follow; the subject of its verb spoke them.
 */
function reportingNounCue(context: AttributionContext, sentence: Span): CueResult {
  const { words, insideName } = context;
  const first = firstWordFrom(context, sentence.start);
  const colon = firstWordFrom(context, sentence.end) - 1;
  const last = words[colon - 1];
  if (words[colon]?.text !== ':' || !last || reportingVerbAt(last.text, undefined) === null) return NO_CUE;
  let position = colon - 2;
  if (last.pos === 'NOUN') {
    // "many frank and provocative": determiners and coordinated adjectives before the noun.
    while (position > first && OBJECT_MODIFIER.has((words[position] as TaggedWord).pos)) position--;
  } else if (lower(words[position]) === 'to' && ['PRON', 'DET'].includes(words[position - 1]?.pos ?? '')) {
    position -= 2;
  } else return NO_CUE;
  const verb = words[position];
  const isVerb = verb?.pos === 'VERB' || (last.pos !== 'NOUN' && /^ha(?:s|d|ve)$/i.test(verb?.text ?? ''));
  if (!verb || !isVerb || insideName.has(verb.start)) return NO_CUE;
  const subject = subjectBefore(context, position, clauseStartBefore(context, position, first));
  return subject === 'none' ? NO_CUE : subject;
}

/**
 * "He is prepared to go this far: “A clear conclusion …”": a clause ending in a colon just before the quotation, with
 * no verb of saying, announces the words of its subject.
 */
export function colonClauseCue(context: AttributionContext, from: number, until: number): CueResult {
  const { words } = context;
  const first = firstWordFrom(context, from);
  let colon = firstWordFrom(context, until) - 1;
  while (colon > first && /^["\u201C\s]+$/.test((words[colon] as TaggedWord).text)) colon--;
  if (words[colon]?.text !== ':') return NO_CUE;
  for (let position = first; position < colon; position++) {
    const word = words[position] as TaggedWord;
    if (!(isFiniteVerb(context, word) || word.pos === 'AUX')) continue;
    const subject = subjectBefore(context, position, clauseStartBefore(context, position, first));
    return subject === 'none' ? NO_CUE : subject;
  }
  return NO_CUE;
}
