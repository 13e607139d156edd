import { getGender } from 'gender-detection-from-name';

/** The shortest clipped forename read ("Vlad"), and how much longer the full one must be. */
const MIN_LETTERS = 3;
const MIN_DROPPED = 2;

function forenameGender(word: string): 'male' | 'female' | null {
  const gender = getGender(word, 'en');
  return gender === 'male' || gender === 'female' ? gender : null;
}

/**
 * The full forename a clipped one stands for ("vlad": vladimir, "alex": alexander), from `candidates` (the corpus's
 * words that begin with it, read only for a forename): the one forename of the same sex that begins with it, at least
 * two letters longer. Null when the word is no forename, or none or several candidates fit. A forename list, not a
 * hand list of nicknames: only clippings are read ("mike" is Michael's pet form, not his clipping, and is left alone).
 */
export function clippedForename(word: string, candidates: () => Iterable<string>): string | null {
  if (word.length < MIN_LETTERS || !/^\p{L}+$/u.test(word)) return null;
  const gender = forenameGender(word);
  if (gender === null) return null;
  let found: string | null = null;
  for (const candidate of candidates()) {
    if (candidate.length < word.length + MIN_DROPPED || !candidate.startsWith(word)) continue;
    if (forenameGender(candidate) !== gender) continue;
    if (found !== null && found !== candidate) return null;
    found = candidate;
  }
  return found;
}
