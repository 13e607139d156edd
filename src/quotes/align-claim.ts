/**
 * Word-level alignment of a claim against one quotation or sentence.
 *
 * This is Smith-Waterman over word tokens in its "fitting" form: local in the corpus (the claim may sit
 * anywhere inside a long quotation, and the corpus words around it cost nothing) but global in the claim
 * (every claimed word is accounted for, so an added or changed word at the edge is reported, not trimmed away).
 * It is written by hand because no well-kept library does this: word-diff libraries such as `diff` compute a global LCS with no scores,
 * no free corpus ends, no substitutions, and no way to make editorial brackets or an ellipsis free.
 * Words, not characters, are aligned because "would improve" and "would not improve" are 95% alike by
 * characters and opposite in meaning; here the missing "not" is one whole word, reported as such.
 */

/** The claim as the aligner needs it: term ids (negative for words the corpus never uses) and their weights. */
export interface AlignClaim {
  readonly terms: Int32Array;
  readonly weights: Uint8Array;
  /** 1 where the claim word is inside editorial brackets. */
  readonly optional: Uint8Array;
  /** 1 where the claim word follows an ellipsis: corpus words may be skipped for free just before it. */
  readonly afterEllipsis: Uint8Array;
}

/** A corpus stretch: term ids and whether each word is an editorial insertion ("[Mueller]"). */
export interface AlignCorpus {
  readonly terms: Int32Array;
  readonly optional: (position: number) => boolean;
}

export type AlignStep =
  | { readonly op: 'equal' | 'replace'; readonly claim: number; readonly corpus: number }
  /** A claim word with no counterpart; `free` when it was bracketed in the claim. */
  | { readonly op: 'insert'; readonly claim: number; readonly free: boolean }
  /** A corpus word the claim lacks; `free` when it is editorial or stands where the claim has an ellipsis. */
  | { readonly op: 'delete'; readonly corpus: number; readonly free: boolean };

export interface Alignment {
  readonly score: number;
  readonly steps: readonly AlignStep[];
}

/**
 * Gaps are affine (Gotoh): opening one costs GAP_OPEN, each further word GAP_EXTEND, so dropping "and
 * multilateral" before a matching "challenges" beats calling "and" a changed "challenges", while skipping three
 * or more words to reach a matching word does not beat one changed word. A change (MISMATCH) costs less than
 * opening a gap, so "2021" → "2012" at the end of a claim is one change, not an added word; and more than a
 * content word's weight (3) minus a function word's (1), so an added word is never explained as two edits that
 * move a matching word beside it ("and not could" against "and could not be" is one added "not").
 */
const GAP_OPEN = 3;
const GAP_EXTEND = 1.5;
const MISMATCH = 2.5;
const OPTIONAL_MATCH = 1;
const UNREACHABLE = -1e12;

/** The move that ends a path at a cell: a diagonal (word against word), up (a claim word alone), left (a corpus word alone). */
const DIAGONAL = 0;
const UP = 1;
const LEFT = 2;
const START = 3;

/** Which of three scores is best: the first on ties, so a diagonal is preferred to a gap. */
function bestOf(first: number, second: number, third: number): number {
  if (first >= second && first >= third) return DIAGONAL;
  return second >= third ? UP : LEFT;
}

/** The score `bestOf` chose. */
function pick(move: number, first: number, second: number, third: number): number {
  return move === DIAGONAL ? first : move === UP ? second : third;
}

/** Aligns the whole claim to the best-scoring stretch of `corpus`. Null when the corpus stretch is empty. */
export function alignClaim(claim: AlignClaim, corpus: AlignCorpus): Alignment | null {
  const rows = claim.terms.length;
  const columns = corpus.terms.length;
  if (rows === 0 || columns === 0) return null;
  const width = columns + 1;
  const cells = (rows + 1) * width;
  // Best score of a path ending at each cell with each kind of move, and the move before it.
  const diagonal = new Float64Array(cells);
  const up = new Float64Array(cells);
  const left = new Float64Array(cells);
  const previous = [new Uint8Array(cells), new Uint8Array(cells), new Uint8Array(cells)] as const;
  const corpusOptional = new Uint8Array(columns);
  for (let column = 0; column < columns; column++) corpusOptional[column] = corpus.optional(column) ? 1 : 0;
  up.fill(UNREACHABLE, 0, width);
  left.fill(UNREACHABLE, 0, width);
  previous[DIAGONAL].fill(START, 0, width);

  for (let row = 1; row <= rows; row++) {
    const claimIndex = row - 1;
    const term = claim.terms[claimIndex] as number;
    const claimOptional = claim.optional[claimIndex] === 1;
    const insertOpen = claimOptional ? 0 : GAP_OPEN;
    const insertExtend = claimOptional ? 0 : GAP_EXTEND;
    const matchScore = claimOptional ? OPTIONAL_MATCH : (claim.weights[claimIndex] as number);
    const ellipsisNext = row < rows && claim.afterEllipsis[row] === 1;
    for (let column = 0; column <= columns; column++) {
      const here = row * width + column;
      // Up: this claim word alone, after the cell above; a gap opens unless the move before was up too.
      const above = here - width;
      const upAfterDiagonal = (diagonal[above] as number) - insertOpen;
      const upAfterUp = (up[above] as number) - insertExtend;
      const upAfterLeft = (left[above] as number) - insertOpen;
      const upFrom = bestOf(upAfterDiagonal, upAfterUp, upAfterLeft);
      up[here] = pick(upFrom, upAfterDiagonal, upAfterUp, upAfterLeft);
      previous[UP][here] = upFrom;
      if (column === 0) {
        diagonal[here] = UNREACHABLE;
        left[here] = UNREACHABLE;
        continue;
      }
      // Diagonal: this claim word against this corpus word, after the cell up and to the left.
      const corner = above - 1;
      const diagonalFrom = bestOf(diagonal[corner] as number, up[corner] as number, left[corner] as number);
      const same = term >= 0 && term === corpus.terms[column - 1];
      diagonal[here] =
        pick(diagonalFrom, diagonal[corner] as number, up[corner] as number, left[corner] as number) +
        (same ? matchScore : -MISMATCH);
      previous[DIAGONAL][here] = diagonalFrom;
      // Left: this corpus word skipped, free when editorial or where the claim has an ellipsis.
      const free = corpusOptional[column - 1] === 1 || ellipsisNext;
      const beside = here - 1;
      const leftAfterDiagonal = (diagonal[beside] as number) - (free ? 0 : GAP_OPEN);
      const leftAfterUp = (up[beside] as number) - (free ? 0 : GAP_OPEN);
      const leftAfterLeft = (left[beside] as number) - (free ? 0 : GAP_EXTEND);
      const leftFrom = bestOf(leftAfterDiagonal, leftAfterUp, leftAfterLeft);
      left[here] = pick(leftFrom, leftAfterDiagonal, leftAfterUp, leftAfterLeft);
      previous[LEFT][here] = leftFrom;
    }
  }

  let bestColumn = 1;
  let bestMove = DIAGONAL;
  let bestScore = UNREACHABLE;
  for (let column = 1; column <= columns; column++) {
    const cell = rows * width + column;
    const move = bestOf(diagonal[cell] as number, up[cell] as number, left[cell] as number);
    const score = pick(move, diagonal[cell] as number, up[cell] as number, left[cell] as number);
    if (score > bestScore) {
      bestScore = score;
      bestMove = move;
      bestColumn = column;
    }
  }

  const steps: AlignStep[] = [];
  let row = rows;
  let column = bestColumn;
  let move = bestMove;
  while (row > 0) {
    const cell = row * width + column;
    const before = previous[move as 0 | 1 | 2][cell] as number;
    if (move === DIAGONAL) {
      const same = (claim.terms[row - 1] as number) >= 0 && claim.terms[row - 1] === corpus.terms[column - 1];
      steps.push({ op: same ? 'equal' : 'replace', claim: row - 1, corpus: column - 1 });
      row--;
      column--;
    } else if (move === UP) {
      steps.push({ op: 'insert', claim: row - 1, free: claim.optional[row - 1] === 1 });
      row--;
    } else {
      const ellipsisNext = row < rows && claim.afterEllipsis[row] === 1;
      steps.push({ op: 'delete', corpus: column - 1, free: corpusOptional[column - 1] === 1 || ellipsisNext });
      column--;
    }
    move = before;
  }
  steps.reverse();
  return { score: bestScore, steps: withUnmatchedFragmentsInserted(claim, steps) };
}

/**
 * An ellipsis fragment with no word in common with this stretch is not here at all: its words are shown as
 * added, not as replacing whatever corpus words happened to sit where it was forced to align.
 */
function withUnmatchedFragmentsInserted(claim: AlignClaim, steps: readonly AlignStep[]): AlignStep[] {
  const fragmentOf = new Int32Array(claim.terms.length);
  for (let position = 1; position < claim.terms.length; position++) {
    fragmentOf[position] = (fragmentOf[position - 1] as number) + (claim.afterEllipsis[position] === 1 ? 1 : 0);
  }
  if (fragmentOf[claim.terms.length - 1] === 0) return [...steps];
  const found = new Set(steps.flatMap((step) => (step.op === 'equal' ? [fragmentOf[step.claim] as number] : [])));
  let fragment = 0;
  return steps.map((step) => {
    if (step.op !== 'delete') fragment = fragmentOf[step.claim] as number;
    if (found.has(fragment)) return step;
    if (step.op === 'replace') return { op: 'insert', claim: step.claim, free: false };
    if (step.op === 'delete') return { op: 'delete', corpus: step.corpus, free: true };
    return step;
  });
}
