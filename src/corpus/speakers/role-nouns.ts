import { WORDNET_LOWER_CASE_ROLE_NOUNS, WORDNET_PERSON_SYNONYMS, WORDNET_ROLE_NOUNS } from './wordnet-names-data.js';

/** WordNet's nouns for a kind of person ("defender", "youngster"), none of which it also files as a name. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(WORDNET_ROLE_NOUNS);
const LOWER_CASE_ROLE_NOUNS: ReadonlySet<string> = new Set(WORDNET_LOWER_CASE_ROLE_NOUNS);

/**
 * The head of a description, as written, is a kind of person: any role noun, or "man", "cook", "doctor" in lower case
 * (capitalised, each may be a name: "Isle of Man", "Captain Cook").
 */
export const isWrittenRoleNoun = (text: string): boolean =>
  ROLE_NOUNS.has(text.toLowerCase()) || LOWER_CASE_ROLE_NOUNS.has(text);

const PERSON_SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  WORDNET_PERSON_SYNONYMS.map((group) => {
    const [lemma = '', ...others] = group.split(' ');
    return [lemma, new Set(others)];
  }),
);

/** Whether either person noun's first WordNet sense holds the other ("congressman": representative). */
export function samePersonNoun(a: string, b: string): boolean {
  return a === b || PERSON_SYNONYMS.get(a)?.has(b) === true || PERSON_SYNONYMS.get(b)?.has(a) === true;
}
