import { stemmer } from 'stemmer';
import { EMBEDDING_NEIGHBOURS } from './embedding-neighbours-data.js';

let neighbours: Map<string, Set<string>> | null = null;

/**
 * By stem, both directions: a question's word may list the corpus's ("deadline": expired) or be listed by it, in any
 * of its forms ("praise" is listed by "hailed" as "praised").
 */
function neighbourMap(): Map<string, Set<string>> {
  if (neighbours) return neighbours;
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    let set = map.get(from);
    if (!set) {
      set = new Set();
      map.set(from, set);
    }
    set.add(to);
  };
  for (const line of EMBEDDING_NEIGHBOURS.split('\n')) {
    const [word, ...others] = line.split(' ');
    if (word === undefined) continue;
    for (const other of others) {
      link(stemmer(word), other);
      link(stemmer(other), word);
    }
  }
  neighbours = map;
  return map;
}

/**
 * Words used in the same contexts as this lower-cased word, by word embeddings ("hailed": praised, "militants":
 * insurgents). Looser than WordNet's synonyms: neighbours include words of the same field that differ in meaning, so
 * they count for less than a synonym.
 */
export function similarWords(word: string): readonly string[] {
  return [...(neighbourMap().get(stemmer(word)) ?? [])].filter((other) => stemmer(other) !== stemmer(word));
}
