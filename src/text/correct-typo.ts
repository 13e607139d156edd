/** Edit distance with adjacent transpositions (optimal string alignment), stopping early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Typos allowed: none in short words, one from five letters, two from nine. */
function allowedEdits(word: string): number {
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}

/**
 * The one vocabulary word a misspelt word is closest to, or null: only within the allowed edits, only when no
 * other word is as close (an ambiguous typo is left alone), and only for letters-only words.
 */
export function correctTypo(word: string, vocabulary: Iterable<string>): string | null {
  const limit = allowedEdits(word);
  if (limit === 0 || !/^\p{L}+$/u.test(word)) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let tied = false;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit || (candidate[0] !== word[0] && limit < 2)) continue;
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && distance <= limit) {
      tied = true;
    }
  }
  return best !== null && !tied && bestDistance <= limit ? best : null;
}

/** Every string one letter added, dropped, changed (to a to z) or swapped with its neighbour away from the word. */
export function oneEditVariants(word: string): Set<string> {
  const variants = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let at = 0; at <= word.length; at++) {
    const before = word.slice(0, at);
    const after = word.slice(at);
    for (const letter of letters) variants.add(`${before}${letter}${after}`);
    if (at < word.length) {
      variants.add(`${before}${word.slice(at + 1)}`);
      for (const letter of letters) variants.add(`${before}${letter}${word.slice(at + 1)}`);
      if (at + 1 < word.length) variants.add(`${before}${word[at + 1]}${word[at]}${word.slice(at + 2)}`);
    }
  }
  variants.delete(word);
  return variants;
}

/** True when one letter added, dropped, changed or swapped with its neighbour turns one word into the other. */
export function oneEditApart(a: string, b: string): boolean {
  return a !== b && editDistance(a, b, 1) === 1;
}

/** "Montieth" for "Monteith": the same letters with two neighbours swapped. */
export function swapsTwoNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
  const [first, second] = differ;
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}

/** A vocabulary grouped by length and first letter, so that a correction reads only the words it could be. */
export type TypoIndex = ReadonlyMap<number, ReadonlyMap<string, readonly string[]>>;

export function indexForTypos(words: Iterable<string>): TypoIndex {
  const index = new Map<number, Map<string, string[]>>();
  for (const word of words) {
    let byInitial = index.get(word.length);
    if (!byInitial) {
      byInitial = new Map();
      index.set(word.length, byInitial);
    }
    const initial = word[0] ?? '';
    const list = byInitial.get(initial);
    if (list) list.push(word);
    else byInitial.set(initial, [word]);
  }
  return index;
}

/**
 * The index of a vocabulary that gained the words `added` and lost `removed`, sharing every list neither touches
 * with `index` (which is left as it was).
 */
export function typoIndexWith(index: TypoIndex, added: readonly string[], removed: readonly string[]): TypoIndex {
  const next = new Map([...index].map(([length, byInitial]) => [length, new Map(byInitial)]));
  const gone = new Set(removed);
  for (const word of removed) {
    const byInitial = next.get(word.length);
    const list = byInitial?.get(word[0] ?? '');
    if (byInitial && list)
      byInitial.set(
        word[0] ?? '',
        list.filter((entry) => !gone.has(entry)),
      );
  }
  for (const word of added) {
    let byInitial = next.get(word.length);
    if (!byInitial) {
      byInitial = new Map();
      next.set(word.length, byInitial);
    }
    byInitial.set(word[0] ?? '', [...(byInitial.get(word[0] ?? '') ?? []), word]);
  }
  return next;
}

/**
 * The indexed words `correctTypo` could offer for this word (its length within the allowed edits, and its first
 * letter when one edit is allowed): the same answer from a small part of a large vocabulary.
 */
export function* typoCandidates(word: string, index: TypoIndex): Generator<string> {
  const limit = allowedEdits(word);
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    const byInitial = index.get(length);
    if (!byInitial) continue;
    if (limit < 2) yield* byInitial.get(word[0] ?? '') ?? [];
    else for (const list of byInitial.values()) yield* list;
  }
}
