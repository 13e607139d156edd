import lemmatizer from 'wink-lemmatizer';

/** The word's possible dictionary forms, as noun, verb and adjective ("sat" -> "sit", "tougher" -> "tough"), itself included. */
export function wordLemmas(norm: string): string[] {
  if (!/^\p{L}+$/u.test(norm)) return [norm];
  return [...new Set([norm, lemmatizer.noun(norm), lemmatizer.verb(norm), lemmatizer.adjective(norm)])];
}
