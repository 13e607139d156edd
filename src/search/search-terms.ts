import { LRUCache } from 'lru-cache';
import { stemmer } from 'stemmer';
import { americanSpelling } from '../text/british-spellings.js';
import { foldWord } from '../text/fold-word.js';
import { isStopword, wordTokens } from '../text/word-tokens.js';
import { wordLemmas } from '../text/word-lemmas.js';

function normalize(word: string): string {
  return foldWord(word).replace(/'s$/, '');
}

/**
 * A stop word's "'s" contraction typed without its apostrophe: "whats", "thats", "whos". Only contractions the stop
 * list holds, so a word that merely ends in "s" after a stop word ("owns", "wills", "cans") keeps its meaning.
 */
function apostropheDropped(norm: string): boolean {
  return norm.length > 2 && norm.endsWith('s') && isStopword(`${norm.slice(0, -1)}'s`);
}

function termOfNorm(norm: string): string | null {
  if (norm.length === 0 || isStopword(norm) || apostropheDropped(norm)) return null;
  if (!/^\p{L}+$/u.test(norm)) return norm;
  return stemmer(americanSpelling(norm));
}

/** Terms of words already seen: a corpus repeats its words, and stemming and lemmas cost microseconds each. */
const termCache = new LRUCache<string, { term: string | null; lemmas: readonly string[] }>({ max: 100_000 });

function cachedTerms(word: string): { term: string | null; lemmas: readonly string[] } {
  let entry = termCache.get(word);
  if (!entry) {
    const norm = normalize(word);
    const term = termOfNorm(norm);
    entry = { term, lemmas: term === null ? [] : lemmasOf(norm, term) };
    termCache.set(word, entry);
  }
  return entry;
}

/** Lower-cased, stop words dropped, in American spelling, Porter-stemmed: the form both the index and queries use. */
export function searchTerm(word: string): string | null {
  return cachedTerms(word).term;
}

/**
 * The terms of the word's dictionary forms that stemming alone does not reach ("sat" -> "sit", "tougher" -> "tough"),
 * so that the index and a question share a term whichever form each uses.
 */
export function lemmaTerms(word: string): string[] {
  return [...cachedTerms(word).lemmas];
}

function lemmasOf(norm: string, own: string): string[] {
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

/**
 * A word's terms as the index holds them: its own, its lemmas', and a hyphenated word's parts' ("Intermediate-Range":
 * also "intermediate" and "range"), so that a sentence and a question written apart or hyphenated share terms.
 */
export function wordTerms(word: string): string[] {
  const term = searchTerm(word);
  const parts = word.includes('-') ? searchTerms(word.replace(/-/g, ' ')) : [];
  return [...new Set([...(term === null ? [] : [term]), ...lemmaTerms(word), ...parts])];
}

/** Every term of a text's words (see `wordTerms`). */
export function textTerms(text: string): Set<string> {
  return new Set(wordTokens(text).flatMap((token) => wordTerms(token.text)));
}
