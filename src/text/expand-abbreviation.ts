/** The shortest contraction read ("dept"), and how much longer than it the full word must be. */
const MIN_LETTERS = 3;
const MAX_LETTERS = 5;
const MIN_DROPPED = 3;

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/**
 * The word a contraction abbreviates ("dept": department, "govt": government, "intl": international): its first and
 * last letters and the rest in order, at least three letters longer. Only for a word the dictionary lacks (a real word
 * like "pact" is not read as "participant"), and only when the candidates all share one search term (`termOf`).
 */
export function expandAbbreviation(
  word: string,
  candidates: Iterable<string>,
  termOf: (word: string) => string | null,
): string | null {
  if (word.length < MIN_LETTERS || word.length > MAX_LETTERS || !/^\p{L}+$/u.test(word)) return null;
  let best: string | null = null;
  let bestTerm: string | null = null;
  for (const candidate of candidates) {
    if (
      candidate.length < word.length + MIN_DROPPED ||
      candidate[0] !== word[0] ||
      candidate.at(-1) !== word.at(-1) ||
      !isSubsequence(word, candidate)
    )
      continue;
    const term = termOf(candidate);
    if (bestTerm !== null && term !== bestTerm) return null;
    bestTerm = term;
    if (best === null || candidate.length < best.length) best = candidate;
  }
  return best;
}
