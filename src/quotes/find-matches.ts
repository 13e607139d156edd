import { alignClaim, type AlignClaim, type Alignment, type AlignStep } from './align-claim.js';
import type { PreparedClaim } from './prepare-claim.js';
import {
  CONTENT,
  OPTIONAL,
  QUOTED,
  spanContaining,
  type IndexedDocument,
  type IndexUnit,
  type QuoteIndex,
} from './quote-index.js';

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
  /** First and last corpus word the match covers, as positions in the document's word arrays. */
  readonly first: number;
  readonly last: number;
  /** The quotation's speaker, or whom the narration credits in the sentences matched. */
  readonly speaker: string | null;
}

/** Near matches must keep at least this share of words, and half the distinct content words. */
const MIN_SIMILARITY = 0.6;
/** ...or hold this many claimed words verbatim in a row, and half the claim: a real quotation with words added around it. */
const MIN_VERBATIM_RUN = 4;
/** How many units per kind are aligned for a near match: the ones sharing the most weighted words. */
const NEAR_CANDIDATES_PER_KIND = 12;
/**
 * How many candidate units are read word by word. Only a claim made of very common words has more; those
 * sharing the most of its rarer words are kept, so its cost stays bounded on any corpus.
 */
const MAX_CANDIDATES_READ = 256;

function unitDocument(index: QuoteIndex, unit: IndexUnit): IndexedDocument {
  return index.documents[unit.documentIndex] as IndexedDocument;
}

/** The corpus words an alignment covers: from its first to its last aligned word, leaving out free skips at either end. */
function isFreeSkip(step: AlignStep | undefined): boolean {
  return step?.op === 'delete' && step.free;
}

function coveredWords(unit: IndexUnit, alignment: Alignment): { first: number; last: number } {
  const covering = alignment.steps.filter((step) => step.op !== 'insert');
  let head = 0;
  let tail = covering.length - 1;
  while (head < tail && isFreeSkip(covering[head])) head++;
  while (tail > head && isFreeSkip(covering[tail])) tail--;
  const first = covering[head];
  const last = covering[tail];
  if (!first || !last) return { first: unit.from, last: unit.from };
  return { first: unit.from + first.corpus, last: unit.from + last.corpus };
}

/** Whom the narration credits in the sentences a match covers: the first credit found. */
function creditIn(document: IndexedDocument, start: number, end: number): string | null {
  const sentences = document.document.sentences;
  const from = spanContaining(sentences, start);
  const to = spanContaining(sentences, Math.max(start, end - 1));
  if (from < 0) return null;
  for (let position = from; position <= Math.max(from, to); position++) {
    const credit = sentences[position]?.creditedSpeaker;
    if (credit) return credit;
  }
  return null;
}

/** Aligns a claim to one unit and measures the result. */
function matchUnit(
  index: QuoteIndex,
  claim: AlignClaim & { readonly wordCount: number },
  unitId: number,
): UnitMatch | null {
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
  const { first, last } = coveredWords(unit, alignment);
  const speaker =
    unit.kind === 'quotation'
      ? unit.speaker
      : creditIn(document, document.starts[first] as number, document.ends[last] as number);
  return {
    unitId,
    unit,
    alignment,
    first,
    last,
    speaker,
    exact,
    matched,
    similarity: matched / Math.max(1, claim.wordCount + dropped),
    matchedContent: matchedContent.size,
    quotedShare: allContent === 0 ? 0 : quotedContent / allContent,
    longestRun,
  };
}

/** Claim words `[word, to)` in a row from corpus word `at` (below `high`); bracketed words on either side may be skipped. */
function holdsForward(
  claim: AlignClaim,
  to: number,
  indexed: IndexedDocument,
  word: number,
  at: number,
  high: number,
): boolean {
  if (word === to) return true;
  if (claim.optional[word] === 1 && holdsForward(claim, to, indexed, word + 1, at, high)) return true;
  if (at >= high) return false;
  if (indexed.terms[at] === claim.terms[word] && holdsForward(claim, to, indexed, word + 1, at + 1, high)) return true;
  return ((indexed.flags[at] as number) & OPTIONAL) !== 0 && holdsForward(claim, to, indexed, word, at + 1, high);
}

/** Claim words `[from, word]` in a row ending at corpus word `at` (not below `low`), read backwards. */
function holdsBackward(
  claim: AlignClaim,
  from: number,
  indexed: IndexedDocument,
  word: number,
  at: number,
  low: number,
): boolean {
  if (word < from) return true;
  if (claim.optional[word] === 1 && holdsBackward(claim, from, indexed, word - 1, at, low)) return true;
  if (at < low) return false;
  if (indexed.terms[at] === claim.terms[word] && holdsBackward(claim, from, indexed, word - 1, at - 1, low))
    return true;
  return ((indexed.flags[at] as number) & OPTIONAL) !== 0 && holdsBackward(claim, from, indexed, word, at - 1, low);
}

/**
 * Every unit that holds the claim verbatim (brackets and ellipses as the rules allow). The claim's rarest
 * word is looked up by position; only where its ellipsis fragment stands whole around it is the unit aligned.
 * (Helpers here are plain functions, not closures: closures made per occurrence dominate the cost under tsx.)
 */
export function findExactMatches(
  index: QuoteIndex,
  claim: AlignClaim & { readonly wordCount: number; readonly required: readonly number[] },
): UnitMatch[] {
  if (claim.required.length === 0 || claim.required.some((term) => term < 0)) return [];
  const frequency = (term: number) =>
    (index.occurrenceStarts[term + 1] as number) - (index.occurrenceStarts[term] as number);
  let anchor = -1;
  for (let word = 0; word < claim.terms.length; word++) {
    if (claim.optional[word] === 1) continue;
    if (anchor < 0 || frequency(claim.terms[word] as number) < frequency(claim.terms[anchor] as number)) anchor = word;
  }
  let from = anchor;
  while (from > 0 && claim.afterEllipsis[from] === 0) from--;
  let to = anchor + 1;
  while (to < claim.terms.length && claim.afterEllipsis[to] === 0) to++;

  const term = claim.terms[anchor] as number;
  const aligned = new Set<number>();
  const matches: UnitMatch[] = [];
  const consider = (unitId: number, indexed: IndexedDocument, position: number) => {
    if (unitId < 0 || aligned.has(unitId)) return;
    const unit = index.units[unitId] as IndexUnit;
    const around =
      holdsForward(claim, to, indexed, anchor + 1, position + 1, unit.to) &&
      holdsBackward(claim, from, indexed, anchor - 1, position - 1, unit.from);
    if (!around) return;
    aligned.add(unitId);
    const match = matchUnit(index, claim, unitId);
    if (match?.exact) matches.push(match);
  };
  // Occurrences are in corpus order, so the document they fall in only moves forward.
  let documentIndex = 0;
  for (let slot = index.occurrenceStarts[term] as number; slot < (index.occurrenceStarts[term + 1] as number); slot++) {
    const global = index.occurrences[slot] as number;
    while (documentIndex + 1 < index.documents.length && (index.documentBases[documentIndex + 1] as number) <= global)
      documentIndex++;
    const indexed = index.documents[documentIndex] as IndexedDocument;
    const position = global - indexed.base;
    consider(indexed.quotationUnits[position] as number, indexed, position);
    consider(indexed.narrationUnits[position] as number, indexed, position);
  }
  return matches;
}

/** Distinct content words a near match must share with the claim. */
function requiredContent(claim: PreparedClaim): number {
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
 * Then up to MAX_CANDIDATES_READ of those units, the ones holding most of the claim, are read, and the dozen sharing most with the claim aligned.
 */
export function findNearMatches(index: QuoteIndex, claim: PreparedClaim): UnitMatch[] {
  const need = requiredContent(claim);
  const known = claim.content.filter((term) => term >= 0);
  if (known.length < need) return [];
  const postingsOf = (term: number) => (term < 0 ? [] : (index.postings[term] as readonly number[]));
  const byRarity = [...claim.content].sort((a, b) => postingsOf(a).length - postingsOf(b).length);
  const seeds = byRarity.slice(0, claim.content.length - need + 1).filter((term) => term >= 0);
  const claimTerms = claim.required.filter((term) => term >= 0);
  const candidates = unitsSharingMost(seeds.map(postingsOf), claimTerms.map(postingsOf), index.units.length);

  // Each distinct claim word gets a slot; `seenIn[slot]` records the last candidate that counted it.
  const slotOf = new Map<number, number>();
  const slotWeight: number[] = [];
  const slotContent: boolean[] = [];
  const contentTerms = new Set(known);
  claim.terms.forEach((term, position) => {
    if (term < 0 || claim.optional[position] === 1 || slotOf.has(term)) return;
    slotOf.set(term, slotWeight.length);
    slotWeight.push(claim.weights[position] as number);
    slotContent.push(contentTerms.has(term));
  });
  const seenIn = new Int32Array(slotWeight.length).fill(-1);
  const ranked: { unitId: number; overlap: number }[] = [];
  for (let candidate = 0; candidate < candidates.length; candidate++) {
    const unitId = candidates[candidate] as number;
    const unit = index.units[unitId] as IndexUnit;
    const terms = unitDocument(index, unit).terms;
    let overlap = 0;
    let content = 0;
    for (let position = unit.from; position < unit.to; position++) {
      const slot = slotOf.get(terms[position] as number);
      if (slot === undefined || seenIn[slot] === candidate) continue;
      seenIn[slot] = candidate;
      overlap += slotWeight[slot] as number;
      if (slotContent[slot]) content++;
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

/**
 * The units in any of the seed postings lists, at most MAX_CANDIDATES_READ of them, never chosen by corpus order.
 * When there are more, each is scored by every word of the claim it holds (each word weighing the log of how many
 * units it leaves out, so one rare word outranks two common ones), and the best kept: a claim made only of common
 * words has hundreds of units tied on its seed words, and its source is the one holding the rest of it too.
 * Linear in the postings read, a sort of plain numbers aside.
 */
function unitsSharingMost(
  seedLists: readonly (readonly number[])[],
  claimLists: readonly (readonly number[])[],
  unitCount: number,
): Int32Array {
  const inUnion = new Uint8Array(unitCount);
  const units: number[] = [];
  for (const list of seedLists)
    for (const unitId of list) {
      if (inUnion[unitId] === 1) continue;
      inUnion[unitId] = 1;
      units.push(unitId);
    }
  units.sort((a, b) => a - b);
  if (units.length <= MAX_CANDIDATES_READ) return Int32Array.from(units);
  const scores = new Float64Array(unitCount);
  for (const list of claimLists) {
    const weight = Math.log((unitCount + 1) / list.length);
    for (const unitId of list) if (inUnion[unitId] === 1) scores[unitId] = (scores[unitId] as number) + weight;
  }
  const ranked = Int32Array.from(units).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  return ranked.subarray(0, MAX_CANDIDATES_READ);
}
