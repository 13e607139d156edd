import { WORDNET_LOWER_CASE_ROLE_NOUNS, WORDNET_ROLE_NOUNS } from './wordnet-names-data.js';

/** WordNet's nouns for a kind of person ("defender", "youngster"), none of which it also files as a name. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(WORDNET_ROLE_NOUNS);
const LOWER_CASE_ROLE_NOUNS: ReadonlySet<string> = new Set(WORDNET_LOWER_CASE_ROLE_NOUNS);

/**
 * The head of a description, as written, is a kind of person: any role noun, or "man", "cook", "doctor" in lower case
 * (capitalised, each may be a name: "Isle of Man", "Captain Cook").
 */
export const isWrittenRoleNoun = (text: string): boolean =>
  ROLE_NOUNS.has(text.toLowerCase()) || LOWER_CASE_ROLE_NOUNS.has(text);
