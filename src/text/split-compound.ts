/** Each part of a split word must be a word of at least this many letters ("phone" + "call", not "a" + "ward"). */
const MIN_PART = 3;

/**
 * The two words a run-together word stands for ("phonecall": "phone call"), when the word is letters only and exactly
 * one split gives two words that `isWord` accepts; otherwise null. People often close up a compound the articles
 * write open. The caller checks that the word is not a word itself.
 */
export function splitCompound(word: string, isWord: (part: string) => boolean): readonly [string, string] | null {
  if (!/^\p{L}+$/u.test(word) || word.length < 2 * MIN_PART) return null;
  let found: [string, string] | null = null;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (!isWord(head) || !isWord(tail)) continue;
    if (found) return null;
    found = [head, tail];
  }
  return found;
}

/** A clipping drops at least this many letters of its word ("sec": secretary). */
const MIN_CLIPPED = 2;

/**
 * The compound a run-together clipping stands for ("secstate": secretary of state), as its words: the word's tail is a
 * word `isWord` accepts, its head clips one of `wordsStartingWith` it, and exactly one compound of the two, written
 * open or with "of" between, is one `isCompound` accepts; otherwise null. People close up clipped compounds ("secdef",
 * "secstate") that the articles write in full.
 */
export function splitClippedCompound(
  word: string,
  isWord: (part: string) => boolean,
  wordsStartingWith: (prefix: string) => readonly string[],
  isCompound: (phrase: string) => boolean,
): readonly string[] | null {
  if (!/^\p{L}+$/u.test(word) || word.length < 2 * MIN_PART) return null;
  let found: string | null = null;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (!isWord(tail)) continue;
    for (const full of wordsStartingWith(head)) {
      if (full.length < head.length + MIN_CLIPPED || !isWord(full)) continue;
      for (const compound of [`${full} ${tail}`, `${full} of ${tail}`]) {
        if (!isCompound(compound)) continue;
        if (found !== null && found !== compound) return null;
        found = compound;
      }
    }
  }
  return found === null ? null : found.split(' ');
}
