import { alignClaim, type AlignClaim, type Alignment } from './align-claim.js';
import type { PreparedClaim } from './prepare-claim.js';
import { CONTENT, OPTIONAL, QUOTED, type IndexedDocument, type IndexUnit, type QuoteIndex } from './quote-index.js';

/** A claim aligned to one unit, with the figures the verdict is decided on. */
export interface UnitMatch {
  readonly unitId: number;
  readonly unit: IndexUnit;
  readonly alignment: Alignment;
  /** Every claimed word found in order, with nothing changed, added or removed. */
  readonly exact: boolean;
  /** Claimed words found identical. */
  readonly matched: number;
  /** Matched words over claimed words plus corpus words the claim drops: 1 for a verbatim match. */
  readonly similarity: number;
  /** Distinct content words of the claim found identical. */
  readonly matchedContent: number;
  /** Share of the matched content words that stand inside quotation marks. */
  readonly quotedShare: number;
  /** The longest run of claimed words found identical and in a row (editorial and ellipsis skips aside). */
  readonly longestRun: number;
}

/** Near matches must keep at least this share of words, and half the distinct content words. */
const MIN_SIMILARITY = 0.6;
/** ...or hold this many claimed words verbatim in a row, and half the claim: a real quotation with words added around it. */
const MIN_VERBATIM_RUN = 4;
/** How many units per kind are aligned for a near match: the ones sharing the most weighted words. */
const NEAR_CANDIDATES_PER_KIND = 12;

function unitDocument(index: QuoteIndex, unit: IndexUnit): IndexedDocument {
  return index.documents[unit.documentIndex] as IndexedDocument;
}

/** Aligns a claim to one unit and measures the result. */
export function matchUnit(index: QuoteIndex, claim: AlignClaim & { readonly wordCount: number }, unitId: number): UnitMatch | null {
  const unit = index.units[unitId] as IndexUnit;
  const document = unitDocument(index, unit);
  const alignment = alignClaim(claim, {
    terms: document.terms.subarray(unit.from, unit.to),
    optional: (position) => ((document.flags[unit.from + position] as number) & OPTIONAL) !== 0,
  });
  if (!alignment) return null;
  let matched = 0;
  let dropped = 0;
  let exact = true;
  const matchedContent = new Set<number>();
  let quotedContent = 0;
  let allContent = 0;
  let run = 0;
  let longestRun = 0;
  for (const step of alignment.steps) {
    if (step.op !== 'equal' && !('free' in step && step.free)) run = 0;
    if (step.op === 'equal') {
      if (claim.optional[step.claim] === 1) continue;
      matched++;
      run++;
      longestRun = Math.max(longestRun, run);
      const term = claim.terms[step.claim] as number;
      if (((index.termFlags[term] as number) & CONTENT) !== 0) {
        matchedContent.add(term);
        allContent++;
        if (((document.flags[unit.from + step.corpus] as number) & QUOTED) !== 0) quotedContent++;
      }
    } else if (step.op === 'replace') {
      exact = false;
    } else if ('free' in step && !step.free) {
      exact = false;
      if (step.op === 'delete') dropped++;
    }
  }
  return {
    unitId,
    unit,
    alignment,
    exact,
    matched,
    similarity: matched / Math.max(1, claim.wordCount + dropped),
    matchedContent: matchedContent.size,
    quotedShare: allContent === 0 ? 0 : quotedContent / allContent,
    longestRun,
  };
}

/** True when `unit` contains every one of `terms`. Linear in the unit, which is one sentence or quotation. */
function containsAll(index: QuoteIndex, unit: IndexUnit, terms: readonly number[]): boolean {
  const wanted = new Set(terms);
  const documentTerms = unitDocument(index, unit).terms;
  for (let position = unit.from; position < unit.to && wanted.size > 0; position++) wanted.delete(documentTerms[position] as number);
  return wanted.size === 0;
}

/**
 * Every unit that holds the claim verbatim (brackets and ellipses as the rules allow). Only units listed
 * under the claim's rarest word are read, and only those holding all its words are aligned.
 */
export function findExactMatches(
  index: QuoteIndex,
  claim: AlignClaim & { readonly wordCount: number; readonly required: readonly number[] },
): UnitMatch[] {
  if (claim.required.length === 0 || claim.required.some((term) => term < 0)) return [];
  const rarest = claim.required.reduce((best, term) =>
    (index.postings[term] as readonly number[]).length < (index.postings[best] as readonly number[]).length ? term : best,
  );
  const matches: UnitMatch[] = [];
  for (const unitId of index.postings[rarest] as readonly number[]) {
    if (!containsAll(index, index.units[unitId] as IndexUnit, claim.required)) continue;
    const match = matchUnit(index, claim, unitId);
    if (match?.exact) matches.push(match);
  }
  return matches;
}

/** Distinct content words a near match must share with the claim. */
export function requiredContent(claim: PreparedClaim): number {
  return Math.max(1, Math.ceil(claim.content.length / 2));
}

/** Whether an alignment is close enough to show as the claim's source. */
export function isClose(match: UnitMatch, claim: PreparedClaim): boolean {
  if (match.exact) return true;
  const enough = match.matched >= 2 && match.matchedContent >= requiredContent(claim);
  const verbatimCore = match.longestRun >= MIN_VERBATIM_RUN && match.longestRun * 2 >= claim.wordCount;
  return enough && (match.similarity >= MIN_SIMILARITY || verbatimCore);
}

/**
 * Units close to the claim, best first. A close unit shares at least `need` of the claim's `k` distinct
 * content words, so it must contain one of the `k - need + 1` rarest: only their postings are read.
 */
export function findNearMatches(index: QuoteIndex, claim: PreparedClaim): UnitMatch[] {
  const need = requiredContent(claim);
  const known = claim.content.filter((term) => term >= 0);
  if (known.length < need) return [];
  const byRarity = [...claim.content].sort(
    (a, b) => (a < 0 ? 0 : (index.postings[a] as readonly number[]).length) - (b < 0 ? 0 : (index.postings[b] as readonly number[]).length),
  );
  const seeds = byRarity.slice(0, claim.content.length - need + 1).filter((term) => term >= 0);
  const candidates = new Set<number>();
  for (const term of seeds) for (const unitId of index.postings[term] as readonly number[]) candidates.add(unitId);

  const claimWeight = new Map<number, number>();
  claim.terms.forEach((term, position) => {
    if (term >= 0 && claim.optional[position] === 0) claimWeight.set(term, claim.weights[position] as number);
  });
  const contentTerms = new Set(known);
  const ranked: { unitId: number; overlap: number }[] = [];
  for (const unitId of candidates) {
    const unit = index.units[unitId] as IndexUnit;
    const terms = unitDocument(index, unit).terms;
    const seen = new Set<number>();
    let overlap = 0;
    let content = 0;
    for (let position = unit.from; position < unit.to; position++) {
      const term = terms[position] as number;
      const weight = claimWeight.get(term);
      if (weight === undefined || seen.has(term)) continue;
      seen.add(term);
      overlap += weight;
      if (contentTerms.has(term)) content++;
    }
    if (content >= need) ranked.push({ unitId, overlap });
  }
  ranked.sort((a, b) => b.overlap - a.overlap || a.unitId - b.unitId);
  const perKind = { quotation: 0, narration: 0 };
  const matches: UnitMatch[] = [];
  for (const { unitId } of ranked) {
    const kind = (index.units[unitId] as IndexUnit).kind;
    if (perKind[kind] >= NEAR_CANDIDATES_PER_KIND) continue;
    perKind[kind]++;
    const match = matchUnit(index, claim, unitId);
    if (match) matches.push(match);
  }
  return matches;
}
