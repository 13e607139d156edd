import { stemmer } from 'stemmer';
import { americanSpelling } from '../text/british-spellings.js';
import { isStopword, wordTokens } from '../text/word-tokens.js';
import { wordLemmas } from '../text/word-lemmas.js';

function normalize(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'").replace(/'s$/, '');
}

function termOfNorm(norm: string): string | null {
  if (norm.length === 0 || isStopword(norm)) return null;
  if (!/^\p{L}+$/u.test(norm)) return norm;
  return stemmer(americanSpelling(norm));
}

/** Lower-cased, stop words dropped, in American spelling, Porter-stemmed: the form both the index and queries use. */
export function searchTerm(word: string): string | null {
  return termOfNorm(normalize(word));
}

/**
 * The terms of the word's dictionary forms that stemming alone does not reach ("sat" -> "sit", "tougher" -> "tough"),
 * so that the index and a question share a term whichever form each uses.
 */
export function lemmaTerms(word: string): string[] {
  const norm = normalize(word);
  const own = termOfNorm(norm);
  if (own === null) return [];
  const terms = new Set<string>();
  for (const lemma of wordLemmas(americanSpelling(norm))) {
    const term = termOfNorm(lemma);
    if (term !== null && term !== own) terms.add(term);
  }
  return [...terms];
}

/** Every search term of a text, in order, duplicates kept. */
export function searchTerms(text: string): string[] {
  return wordTokens(text).flatMap((token) => {
    const term = searchTerm(token.text);
    return term === null ? [] : [term];
  });
}
