import { findExactMatches, type UnitMatch } from './find-matches.js';
import type { PreparedClaim } from './prepare-claim.js';
import type { QuoteIndex } from './quote-index.js';
import { isContentWord } from './quote-tokens.js';

/**
 * Part of a claim that the best alignment leaves out but a quotation holds verbatim: another quotation
 * (the claim splices two), or elsewhere in the same one (the claim moves words around).
 */
export interface SplicedPart {
  /** The claim's words `[from, to)` as token positions. */
  readonly from: number;
  readonly to: number;
  readonly match: UnitMatch;
}

/** A slice of the claim, aligned as a claim of its own. */
function subClaim(claim: PreparedClaim, from: number, to: number) {
  const terms = claim.terms.slice(from, to);
  const optional = claim.optional.slice(from, to);
  const afterEllipsis = claim.afterEllipsis.slice(from, to);
  afterEllipsis[0] = 0;
  const asserted = [...terms].filter((_, position) => optional[position] === 0);
  return {
    terms,
    weights: claim.weights.slice(from, to),
    optional,
    afterEllipsis,
    wordCount: asserted.length,
    required: [...new Set(asserted)],
  };
}

/** Runs of claimed words that `best` leaves unmatched, and every ellipsis fragment it does not match whole. */
function unmatchedRuns(claim: PreparedClaim, best: UnitMatch): [number, number][] {
  const count = claim.tokens.length;
  const matched = new Uint8Array(count);
  for (const step of best.alignment.steps) if (step.op === 'equal') matched[step.claim] = 1;
  const runs: [number, number][] = [];
  let runStart = -1;
  let fragmentStart = 0;
  for (let position = 0; position <= count; position++) {
    const boundary = position === count || claim.afterEllipsis[position] === 1;
    if (boundary || matched[position] === 1) {
      if (runStart >= 0) runs.push([runStart, position]);
      runStart = -1;
    }
    if (boundary && position > 0) {
      if (matched.subarray(fragmentStart, position).includes(0)) runs.push([fragmentStart, position]);
      fragmentStart = position;
    }
    if (position < count && matched[position] === 0 && runStart < 0) runStart = position;
  }
  return runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}

/**
 * Words of the claim that `best` does not account for but a quotation holds verbatim, preferring a
 * quotation other than `best`'s. A part must have two content words: shorter runs recur by chance.
 */
export function findSplicedParts(index: QuoteIndex, claim: PreparedClaim, best: UnitMatch): SplicedPart[] {
  const parts: SplicedPart[] = [];
  for (const [from, to] of unmatchedRuns(claim, best)) {
    const words = claim.tokens.slice(from, to).filter((token) => !token.optional);
    if (words.filter((token) => isContentWord(token.norm)).length < 2) continue;
    if (parts.some((part) => part.from < to && from < part.to)) continue;
    const quoted = findExactMatches(index, subClaim(claim, from, to)).filter(
      (match) => match.unit.kind === 'quotation',
    );
    const first = quoted.find((match) => match.unitId !== best.unitId) ?? quoted[0];
    if (first) parts.push({ from, to, match: first });
  }
  return parts.sort((a, b) => a.from - b.from);
}
