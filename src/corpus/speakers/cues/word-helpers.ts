import type { Span } from '../../corpus-types.js';
import type { TaggedWord } from '../tag-words.js';
import {
  type AttributionContext,
  firstWordFrom,
  indexOfWordStartingAt,
  sentenceIndexOf,
} from './attribution-context.js';

/** A mention after one of these is an oblique ("at Fort Knox", "of Sherman"), not a subject. */
export const PREPOSITIONS = new Set([
  'of',
  'from',
  'in',
  'at',
  'for',
  'to',
  'with',
  'by',
  'on',
  'about',
  'against',
  'near',
]);
/** A word of punctuation only, which no cue counts as a word. */
export const PUNCTUATION = /^[,.;:!?\u201C\u201D\u2018\u2019"'()\u2014-]+$/;
/** A word's text in lower case; '' where there is no word. */
export const lower = (word: TaggedWord | undefined): string => word?.text.toLowerCase() ?? '';
/** his/her standing for a person of that gender ("in his words"). */
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = { his: 'male', her: 'female' };

/** The forms of "be": a passive with a past participle ("was asked"), a predicate before a description ("is the maker"). */
export const PASSIVE_BE = /^(?:is|are|was|were|be|been|being)$/i;

/** "has not only reiterated", "does indicate", "later told": words between a subject and its verb. */
export const isAdverb = (word: TaggedWord | undefined) =>
  word !== undefined &&
  ((['ADV', 'AUX', 'PART'].includes(word.pos) && !/^(?:when|where|how|why|to)$/i.test(word.text)) ||
    // "Thompson himself said": an intensifying reflexive stands between a subject and its verb like an adverb.
    /^(?:himself|herself|itself|themselves)$/i.test(word.text));

/** A subject opening its sentence, maybe after a phrase set off by a comma: "The jury said", "In Laos, the administration". */
export function opensItsSentence(context: AttributionContext, mention: Span): boolean {
  const { text, words, sentences } = context;
  const sentence = sentences[sentenceIndexOf(context, mention.start)];
  if (!sentence) return false;
  const before = text.slice(sentence.start, mention.start).trim();
  // "The BPI is": a name's own article leaves it first.
  if (before === '' || /^the$/i.test(before) || (before.endsWith(',') && !before.slice(0, -1).includes(',')))
    return true;
  // "But the PHS conceded": a conjunction or adverb linking the sentence to the one before leaves the subject first.
  const opening = words.slice(firstWordFrom(context, sentence.start), indexOfWordStartingAt(context, mention.start));
  return opening.length === 1 && ['CCONJ', 'ADV'].includes((opening[0] as TaggedWord).pos);
}

/** The last semicolon or quotation mark before word `index`, where its clause starts; `floor` if none is after it. */
export function clauseStartBefore(context: AttributionContext, index: number, floor: number): number {
  const { words } = context;
  let position = index - 1;
  while (position > floor && !/^[;\u201C\u201D"]$/.test((words[position] as TaggedWord).text)) position--;
  return Math.max(floor, position);
}

/** A verb with a subject of its own: not a participle or gerund, and not a word inside a name. */
export function isFiniteVerb(context: AttributionContext, word: TaggedWord | undefined): boolean {
  const { insideName } = context;
  return word !== undefined && word.pos === 'VERB' && !/ing$/i.test(word.text) && !insideName.has(word.start);
}

/** Words that open a subordinate clause of time, condition or concession, a closed class. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'after',
  'before',
  'once',
  'if',
  'while',
  'as',
  'although',
  'though',
  'until',
]);
