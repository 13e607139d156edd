import { tagWords, type TaggedWord } from '../corpus/speakers/tag-words.js';
import type { Passage, QueryTerm } from '../search/search-index.js';
import { wordTerms } from '../search/search-terms.js';

/**
 * Prepositions whose object is what an action is aimed at ("costs imposed on Russia", "sanctions against Russia",
 * "attacks upon"), unlike "with", "for" or "by", whose object may take part in it or do it.
 */
const TARGET_PREPOSITIONS = new Set(['on', 'upon', 'against']);
/** Any of them in a text: a sentence without one is not tagged (tagging costs more than the rest of an answer). */
const HAS_TARGET_PREPOSITION = /\b(?:on|upon|against)\b/i;
/** Words that may stand between a preposition and its object: "on the US", "against Iran's metal industries". */
const BETWEEN = new Set(['DET', 'ADJ', 'NUM']);

/** True when the word at `index` is the object of a preposition that puts it on the receiving end. */
function receives(words: readonly TaggedWord[], index: number): boolean {
  // A possessor is not the object: "sanctions on Iran's metal industries".
  if (words[index + 1]?.pos === 'PART') return false;
  for (let at = index - 1; at >= 0; at--) {
    const word = words[at] as TaggedWord;
    // A sentence opening "On Venezuela, ..." names its topic, not a target.
    if (word.pos === 'ADP') return at > 0 && TARGET_PREPOSITIONS.has(word.text.toLowerCase());
    if (!BETWEEN.has(word.pos)) return false;
  }
  return false;
}

/** Indexes of the words that write the term in one of these forms. */
function occurrences(words: readonly TaggedWord[], forms: ReadonlySet<string>): number[] {
  return words.flatMap((word, index) => (wordTerms(word.text).some((form) => forms.has(form)) ? [index] : []));
}

/**
 * The names a question puts as doers: its subject, before its first verb ("What sanctions has Russia imposed on the
 * US?": Russia, not the US).
 */
export function doersNamed(question: string, terms: readonly QueryTerm[]): QueryTerm[] {
  if (!terms.some((term) => term.proper && term.known)) return [];
  const words = tagWords(question);
  const verb = words.findIndex((word) => word.pos === 'VERB');
  if (verb < 0) return [];
  return terms.filter((term) => {
    if (!term.proper || !term.known) return false;
    const at = occurrences(words, term.exact);
    return at.length > 0 && at.every((index) => index < verb && !receives(words, index));
  });
}

/**
 * True when the sentence writes the doer only on the receiving end ("imposing costs on Russia", "sanctions against
 * Russia"): it reports what was done to them, not what they did. A sentence that does not write the name itself is
 * read by its other names ("Tehran announced": Iran).
 */
export function onlyOnReceivingEnd(passage: Passage, doer: QueryTerm): boolean {
  if (!HAS_TARGET_PREPOSITION.test(passage.text)) return false;
  const words = tagWords(passage.text);
  const own = occurrences(words, doer.exact);
  const at = own.length > 0 ? own : occurrences(words, doer.related);
  return at.length > 0 && at.every((index) => receives(words, index));
}
