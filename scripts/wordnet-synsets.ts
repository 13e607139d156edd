/** A pointer of a synset to another (wndb(5WN)): "@" a hypernym, "@i" an instance's class, "~" a hyponym, .... */
export interface SynsetPointer {
  readonly symbol: string;
  readonly offset: string;
  /** n, v, a, s or r. */
  readonly pos: string;
  /** Which lemma of the target a lexical pointer leads to (1 for the first), or 0 for the whole synset. */
  readonly targetWord: number;
}

/** One synset of a WordNet data file: its offset, lexicographer file, lemmas as written (without "(a)" markers). */
export interface SynsetLine {
  readonly offset: string;
  readonly file: number;
  readonly lemmas: readonly string[];
  readonly pointers: readonly SynsetPointer[];
}

/** The synsets of a WordNet `data.*` file's text, in file order; its licence header lines are left out. */
export function synsetLines(data: string): SynsetLine[] {
  const synsets: SynsetLine[] = [];
  for (const line of data.split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const fields = line.split(' ');
    const count = Number.parseInt(fields[3] ?? '0', 16);
    const lemmas = Array.from({ length: count }, (_, index) => (fields[4 + 2 * index] ?? '').replace(/\(.*\)$/, ''));
    const at = 4 + 2 * count;
    const pointers: SynsetPointer[] = [];
    for (let index = 0, field = at + 1; index < Number(fields[at] ?? '0'); index++, field += 4)
      pointers.push({
        symbol: fields[field] ?? '',
        offset: fields[field + 1] ?? '',
        pos: fields[field + 2] ?? '',
        targetWord: Number.parseInt((fields[field + 3] ?? '0000').slice(2), 16),
      });
    synsets.push({ offset: fields[0] ?? '', file: Number(fields[1]), lemmas, pointers });
  }
  return synsets;
}
