import type { QuotationSpan } from '../../find-quotation-spans.js';
import { wordLemmas } from '../../../text/word-lemmas.js';
import { NAMING_PARTICIPLES } from '../reporting-verbs-data.js';
import { isWrittenRoleNoun } from '../role-nouns.js';
import type { TaggedWord } from '../tag-words.js';
import { type AttributionContext, firstStartingAfter } from './attribution-context.js';
import { PASSIVE_BE } from './word-helpers.js';

/** The participles themselves: "known" of "known as", whose "as" (or "to as": "referred to as") is stepped over. */
const NAMING = new Set(NAMING_PARTICIPLES.map((form) => form.split(' ')[0] as string));
const RELATIVE = /^(?:that|which|who)$/i;

/**
 * "a self-evaluation called “analysis of impediments”", "a law known as the “crackhouse statute”", "the program,
 * known as “follow-to-join”", "a video that was titled “…”", "children who are sometimes referred to as “Dreamers”":
 * the words a thing is named by, after a participle of naming, are its name, not anyone's words. Not after people
 * who call it so themselves ("what multiple lawmakers called “fraud”"): there the participle is their verb.
 */
export function isNameGiven(context: AttributionContext, quotation: QuotationSpan): boolean {
  const { words } = context;
  // The last narration word before the opening mark.
  let index = firstStartingAfter(words, quotation.start - 1) - 1;
  while (index >= 0 && (words[index] as TaggedWord).end > quotation.start - 1) index--;
  const at = (offset: number) => words[index - offset]?.text.toLowerCase() ?? '';
  if (/^(?:the|a|an)$/.test(at(0))) index--;
  if (at(0) === 'as') index -= at(1) === 'to' ? 2 : 1;
  if (!NAMING.has(at(0))) return false;
  const known = at(0) === 'known';
  index--;
  let modified = false;
  while (words[index]?.pos === 'ADV') {
    modified = true;
    index--;
  }
  // A passive or a relative clause names the thing before it, whatever it is: "who are referred to as". After a
  // comma alone only "known as" or a participle an adverb modifies does ("limits, frequently called"): "Bay Buchanan,
  // national treasurer for the campaign, called" is an appositive's person and her verb.
  let clause = false;
  while (PASSIVE_BE.test(at(0)) || RELATIVE.test(at(0)) || at(0) === ',') {
    if (at(0) === ',' && !clause && !known && !modified) return false;
    clause = true;
    index--;
  }
  const noun = words[index];
  return (
    noun?.pos === 'NOUN' && /^\p{Ll}+$/u.test(noun.text) && (clause || !wordLemmas(noun.text).some(isWrittenRoleNoun))
  );
}
