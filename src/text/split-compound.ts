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
