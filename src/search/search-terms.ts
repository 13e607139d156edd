import { stemmer } from 'stemmer';
import { isStopword, wordTokens } from '../text/word-tokens.js';

/** Lower-cased, stop words dropped, Porter-stemmed: the form both the index and queries use. */
export function searchTerm(word: string): string | null {
  const norm = word.toLowerCase().replace(/\u2019/g, "'").replace(/'s$/, '');
  if (norm.length === 0 || isStopword(norm)) return null;
  return /^\p{L}+$/u.test(norm) ? stemmer(norm) : norm;
}

/** Every search term of a text, in order, duplicates kept. */
export function searchTerms(text: string): string[] {
  return wordTokens(text).flatMap((token) => {
    const term = searchTerm(token.text);
    return term === null ? [] : [term];
  });
}
