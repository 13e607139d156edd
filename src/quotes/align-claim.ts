/**
 * Word-level alignment of a claim against one quotation or sentence.
 *
 * This is Smith-Waterman over word tokens in its "fitting" form: local in the corpus (the claim may sit
 * anywhere inside a long quotation, and the corpus words around it cost nothing) but global in the claim
 * (every claimed word is accounted for, so an added or changed word at the edge is reported, not trimmed away).
 * It is written by hand because no installed library does this: `diff` computes a global LCS with no scores,
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

const GAP = 2;
/** Cheaper than a gap, so "2021" → "2012" at the end of a claim is a change, not a dropped and an added word. */
const MISMATCH = 1.5;
const OPTIONAL_MATCH = 1;

const DIAGONAL = 1;
const UP = 2;
const LEFT = 3;

/** Aligns the whole claim to the best-scoring stretch of `corpus`. Null when the corpus stretch is empty. */
export function alignClaim(claim: AlignClaim, corpus: AlignCorpus): Alignment | null {
  const rows = claim.terms.length;
  const columns = corpus.terms.length;
  if (rows === 0 || columns === 0) return null;
  const width = columns + 1;
  const score = new Float64Array((rows + 1) * width);
  const trace = new Uint8Array((rows + 1) * width);
  const corpusOptional = new Uint8Array(columns);
  for (let column = 0; column < columns; column++) corpusOptional[column] = corpus.optional(column) ? 1 : 0;

  for (let row = 1; row <= rows; row++) {
    const claimIndex = row - 1;
    const term = claim.terms[claimIndex] as number;
    const claimOptional = claim.optional[claimIndex] === 1;
    const insertCost = claimOptional ? 0 : GAP;
    const matchScore = claimOptional ? OPTIONAL_MATCH : (claim.weights[claimIndex] as number);
    const ellipsisNext = row < rows && claim.afterEllipsis[row] === 1;
    score[row * width] = (score[(row - 1) * width] as number) - insertCost;
    trace[row * width] = UP;
    for (let column = 1; column <= columns; column++) {
      const here = row * width + column;
      const same = term >= 0 && term === corpus.terms[column - 1];
      let best = (score[here - width - 1] as number) + (same ? matchScore : -MISMATCH);
      let move = DIAGONAL;
      const up = (score[here - width] as number) - insertCost;
      if (up > best) {
        best = up;
        move = UP;
      }
      const deleteCost = corpusOptional[column - 1] === 1 || ellipsisNext ? 0 : GAP;
      const left = (score[here - 1] as number) - deleteCost;
      if (left > best) {
        best = left;
        move = LEFT;
      }
      score[here] = best;
      trace[here] = move;
    }
  }

  let bestColumn = 1;
  for (let column = 2; column <= columns; column++) {
    if ((score[rows * width + column] as number) > (score[rows * width + bestColumn] as number)) bestColumn = column;
  }

  const steps: AlignStep[] = [];
  let row = rows;
  let column = bestColumn;
  while (row > 0) {
    const move = trace[row * width + column];
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
  }
  steps.reverse();
  return { score: score[rows * width + bestColumn] as number, steps: withUnmatchedFragmentsInserted(claim, steps) };
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
