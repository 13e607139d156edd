import { EMBEDDING_NEIGHBOURS } from './embedding-neighbours-data.js';

let neighbours: Map<string, Set<string>> | null = null;

/** Both directions: a question's word may list the corpus's ("deadline": expired) or be listed by it. */
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
      link(word, other);
      link(other, word);
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
  return [...(neighbourMap().get(word) ?? [])];
}
