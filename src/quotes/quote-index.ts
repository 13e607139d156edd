import type { Corpus, CorpusDocument, Paragraph, Quotation, Span } from '../corpus/corpus-types.js';
import { isContentWord, isNegation, isNumber, matchWeight, quoteTokens, type QuoteToken } from './quote-tokens.js';
import { buildSpeakerDirectory, type SpeakerDirectory } from '../corpus/speakers/speaker-directory.js';
import { partitionPoint } from '../text/partition-point.js';

/** Flags on a corpus word. */
export const OPTIONAL = 1;
export const QUOTED = 2;

/** Flags on a vocabulary term. */
export const CONTENT = 1;
export const NEGATION = 2;
export const NUMBER = 4;

/** One document's body words, as parallel arrays: term id, offsets, flags, and the units each word is in. */
export interface IndexedDocument {
  readonly document: CorpusDocument;
  /** Position of the document's first word among all the corpus's words. */
  readonly base: number;
  readonly terms: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  /** Unit id of the quotation each word stands in, or -1. */
  readonly quotationUnits: Int32Array;
  /** Unit id of the narration paragraph each word stands in. */
  readonly narrationUnits: Int32Array;
}

/**
 * A stretch of words that can be matched as a whole: one quotation, or one body paragraph read as narration
 * (a paragraph rather than a sentence, so a claim copied across a sentence break still lines up).
 */
export interface IndexUnit {
  readonly kind: 'quotation' | 'narration';
  readonly documentIndex: number;
  /** Word range `[from, to)` in the document's arrays. */
  readonly from: number;
  readonly to: number;
  readonly quotation: Quotation | null;
  readonly paragraph: Paragraph | null;
  /** The quotation's speaker; null for narration, whose credit depends on the sentence matched. */
  readonly speaker: string | null;
}

/** An inverted index from every word to the quotations and narration paragraphs that contain it. */
export interface QuoteIndex {
  readonly corpus: Corpus;
  readonly documents: readonly IndexedDocument[];
  readonly units: readonly IndexUnit[];
  readonly termIds: ReadonlyMap<string, number>;
  readonly termNorms: readonly string[];
  /** CONTENT | NEGATION | NUMBER, by term id. */
  readonly termFlags: Uint8Array;
  readonly termWeights: Uint8Array;
  /** Term id → ids of the units that contain it, ascending, each once. */
  readonly postings: readonly (readonly number[])[];
  /** Term id `t` occurs at the corpus-wide word positions `occurrences[occurrenceStarts[t] .. occurrenceStarts[t + 1])`. */
  readonly occurrenceStarts: Int32Array;
  readonly occurrences: Int32Array;
  /** `documents[d].base`, for finding the document of a corpus-wide position. */
  readonly documentBases: Int32Array;
  /** Terms the corpus quotes as a quotation of one word ("fundamentally"): the only one-word claims accepted. */
  readonly singleWordQuotations: ReadonlySet<number>;
  readonly speakers: SpeakerDirectory;
}

/** First index in sorted `values` whose value is >= `target`. */
function lowerBound(values: ArrayLike<number>, target: number): number {
  return partitionPoint(values, (value) => value < target);
}

/** Index of the span in sorted, disjoint `spans` that contains `offset`, or -1. */
export function spanContaining(spans: readonly Span[], offset: number): number {
  const index = partitionPoint(spans, (span) => span.end <= offset);
  const span = spans[index];
  return span !== undefined && span.start <= offset ? index : -1;
}

/** Words inside the spans, sorted by start, as a set of word positions. */
function insideSpans(tokens: readonly QuoteToken[], spans: readonly Span[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  const starts = tokens.map((token) => token.start);
  for (const span of spans) {
    for (
      let position = lowerBound(starts, span.start);
      position < tokens.length && (tokens[position] as QuoteToken).end <= span.end;
      position++
    ) {
      inside[position] = 1;
    }
  }
  return inside;
}

/** One document's body words as the index reads them: where each is, its normalised form and flags. */
interface DocumentWords {
  readonly norms: (position: number) => string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
}

function tokenisedWords(document: CorpusDocument, body: readonly Paragraph[]): DocumentWords {
  const tokens = body.flatMap((paragraph) => quoteTokens(document.text, paragraph.start, paragraph.end));
  const quoted = insideSpans(tokens, document.quotations);
  return {
    norms: (position) => (tokens[position] as QuoteToken).norm,
    starts: Int32Array.from(tokens, (token) => token.start),
    ends: Int32Array.from(tokens, (token) => token.end),
    flags: Uint8Array.from(
      tokens,
      (token, position) => (token.optional ? OPTIONAL : 0) | (quoted[position] ? QUOTED : 0),
    ),
  };
}

/**
 * A document's words with the units (its quotations and body paragraphs) they stand in, each unit added to `units`
 * and a quotation of one word to `singleWordQuotations`.
 */
function unitsOf(
  document: CorpusDocument,
  documentIndex: number,
  body: readonly Paragraph[],
  terms: Int32Array,
  { starts, ends, flags }: Omit<DocumentWords, 'norms'>,
  base: number,
  units: IndexUnit[],
  singleWordQuotations: Set<number>,
): IndexedDocument {
  const count = terms.length;
  const quotationUnits = new Int32Array(count).fill(-1);
  const narrationUnits = new Int32Array(count).fill(-1);
  const unitFor = (span: Span) => {
    const from = lowerBound(starts, span.start);
    let to = from;
    while (to < count && (ends[to] as number) <= span.end) to++;
    return { from, to };
  };
  for (const quotation of document.quotations) {
    const { from, to } = unitFor(quotation);
    if (to === from) continue;
    quotationUnits.fill(units.length, from, to);
    units.push({
      kind: 'quotation',
      documentIndex,
      from,
      to,
      quotation,
      paragraph: null,
      speaker: quotation.speaker,
    });
    let quotedWords = 0;
    let quotedWord = -1;
    for (let position = from; position < to; position++) {
      if ((flags[position] as number) & OPTIONAL) continue;
      quotedWords++;
      quotedWord = terms[position] as number;
    }
    if (quotedWords === 1) singleWordQuotations.add(quotedWord);
  }
  for (const paragraph of body) {
    const { from, to } = unitFor(paragraph);
    if (to === from) continue;
    narrationUnits.fill(units.length, from, to);
    units.push({ kind: 'narration', documentIndex, from, to, quotation: null, paragraph, speaker: null });
  }
  return { document, base, terms, starts, ends, flags, quotationUnits, narrationUnits };
}

/** Where each document's units begin in `index.units` (units are listed document by document), and their end. */
function unitStarts(index: QuoteIndex): Int32Array {
  const starts = new Int32Array(index.documents.length + 1).fill(index.units.length);
  for (let unitId = index.units.length - 1; unitId >= 0; unitId--) {
    starts[(index.units[unitId] as IndexUnit).documentIndex] = unitId;
  }
  for (let documentIndex = index.documents.length - 1; documentIndex >= 0; documentIndex--) {
    starts[documentIndex] = Math.min(starts[documentIndex] as number, starts[documentIndex + 1] as number);
  }
  return starts;
}

/** `unitIds` with every unit id moved by `shift` (-1, no unit, stays). */
function shiftedUnits(unitIds: Int32Array, shift: number): Int32Array {
  if (shift === 0) return unitIds;
  const shifted = new Int32Array(unitIds.length);
  for (let position = 0; position < unitIds.length; position++) {
    const unitId = unitIds[position] as number;
    shifted[position] = unitId < 0 ? unitId : unitId + shift;
  }
  return shifted;
}

/**
 * A previous index's document at its place in this one, as `unitsOf` would make it from its words: its units
 * (`earlierUnits`, the same stretches) are added to `units` with ids moved by `shift`, and its quotations of one
 * word to `singleWordQuotations`, without finding the units' words again.
 */
function movedDocument(
  earlier: IndexedDocument,
  { documentIndex, base, terms }: { documentIndex: number; base: number; terms: Int32Array },
  earlierUnits: readonly IndexUnit[],
  shift: number,
  units: IndexUnit[],
  singleWordQuotations: Set<number>,
): IndexedDocument {
  for (const unit of earlierUnits) {
    units.push(unit.documentIndex === documentIndex ? unit : { ...unit, documentIndex });
    if (unit.kind !== 'quotation') continue;
    let quotedWords = 0;
    let quotedWord = -1;
    for (let position = unit.from; position < unit.to; position++) {
      if ((earlier.flags[position] as number) & OPTIONAL) continue;
      quotedWords++;
      quotedWord = terms[position] as number;
    }
    if (quotedWords === 1) singleWordQuotations.add(quotedWord);
  }
  const { document, starts, ends, flags } = earlier;
  return {
    document,
    base,
    terms,
    starts,
    ends,
    flags,
    quotationUnits: shiftedUnits(earlier.quotationUnits, shift),
    narrationUnits: shiftedUnits(earlier.narrationUnits, shift),
  };
}

/** A previous document's term ids as ids of the index being built, handing out ids to terms met the first time. */
function renumber(earlier: Int32Array, renumbered: Int32Array, idOf: (term: number) => number): Int32Array {
  const terms = new Int32Array(earlier.length);
  for (let position = 0; position < earlier.length; position++) {
    const term = earlier[position] as number;
    let id = renumbered[term] as number;
    if (id < 0) {
      id = idOf(term);
      renumbered[term] = id;
    }
    terms[position] = id;
  }
  return terms;
}

/** Counts the words of documents `from` to `to` into `starts[term + 1]`. */
function countOccurrences(starts: Int32Array, documents: readonly IndexedDocument[], from: number, to: number): void {
  for (let documentIndex = from; documentIndex < to; documentIndex++) {
    const { terms } = documents[documentIndex] as IndexedDocument;
    for (let position = 0; position < terms.length; position++) {
      const slot = (terms[position] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
  }
}

/** Writes the corpus-wide positions of the words of documents `from` to `to` into their terms' next free slots. */
function placeOccurrences(
  occurrences: Int32Array,
  filled: Int32Array,
  documents: readonly IndexedDocument[],
  from: number,
  to: number,
): void {
  for (let documentIndex = from; documentIndex < to; documentIndex++) {
    const { terms, base } = documents[documentIndex] as IndexedDocument;
    for (let position = 0; position < terms.length; position++) {
      const term = terms[position] as number;
      const slot = filled[term] as number;
      occurrences[slot] = base + position;
      filled[term] = slot + 1;
    }
  }
}

/** Adds units `from` to `to` to the postings of the terms they hold, each unit once per term. */
function addPostings(
  postings: number[][],
  lastUnit: Int32Array,
  units: readonly IndexUnit[],
  documents: readonly IndexedDocument[],
  from: number,
  to: number,
): void {
  for (let unitId = from; unitId < to; unitId++) {
    const unit = units[unitId] as IndexUnit;
    const terms = (documents[unit.documentIndex] as IndexedDocument).terms;
    for (let position = unit.from; position < unit.to; position++) {
      const term = terms[position] as number;
      if (lastUnit[term] === unitId) continue;
      lastUnit[term] = unitId;
      (postings[term] as number[]).push(unitId);
    }
  }
}

/** Two ascending lists of distinct unit ids, neither holding the other's, as one ascending list. */
function mergeAscending(left: number[], right: readonly number[]): number[] {
  if (right.length === 0) return left;
  const merged: number[] = [];
  let l = 0;
  let r = 0;
  while (l < left.length || r < right.length) {
    const next = r >= right.length || (l < left.length && (left[l] as number) < (right[r] as number));
    merged.push(next ? (left[l++] as number) : (right[r++] as number));
  }
  return merged;
}

/** How many posting entries `carriedPostings` goes through between two yields (a few ms of work). */
const POSTINGS_PER_STEP = 50_000;

/**
 * Adds the previous index's postings, with their units' ids in this one, to `postings` (which holds those of the
 * units made afresh): the same lists as `addPostings` over every unit gives, without reading every word again.
 */
function* carriedPostings(
  postings: number[][],
  previous: readonly (readonly number[])[],
  renumbered: Int32Array,
  movedUnits: Int32Array,
): Generator<void, void> {
  let since = 0;
  for (let term = 0; term < renumbered.length; term++) {
    const id = renumbered[term] as number;
    if (id < 0) continue;
    const carried: number[] = [];
    for (const unitId of previous[term] as readonly number[]) {
      const moved = movedUnits[unitId] as number;
      if (moved >= 0) carried.push(moved);
    }
    postings[id] = mergeAscending(carried, postings[id] as number[]);
    since += carried.length;
    if (since >= POSTINGS_PER_STEP) {
      since = 0;
      yield;
    }
  }
}

/**
 * How many documents or units are worked through between two yields of `quoteIndexSteps`: each step a few ms, well
 * inside a slice, because the garbage collector's incremental marking runs inside them too (steps of 50 documents,
 * about 16 ms, took up to 85 ms with it at 10,000 documents).
 */
const DOCUMENTS_PER_STEP = 10;
const UNITS_PER_STEP = 1_000;
const TERMS_PER_STEP = 5_000;

/**
 * Builds the quote index: every body word of every document gets a term id, and each term lists the
 * quotations and narration paragraphs it occurs in, so verification reads a few postings instead of the corpus.
 * Pure; the cost is linear in the corpus.
 */
export function buildQuoteIndex(corpus: Corpus, previous?: QuoteIndex): QuoteIndex {
  const steps = quoteIndexSteps(corpus, previous);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The steps of `buildQuoteIndex`, yielding now and then so a caller can let its event loop run between them. A
 * document of `previous` (the same object) is not tokenised again: its words are taken from there, and term ids
 * are handed out in the same order as a build from scratch, so the index is the same as one.
 */
export function* quoteIndexSteps(corpus: Corpus, previous?: QuoteIndex): Generator<void, QuoteIndex> {
  const termIds = new Map<string, number>();
  const termNorms: string[] = [];
  const postings: number[][] = [];
  const termOf = (norm: string): number => {
    let id = termIds.get(norm);
    if (id === undefined) {
      id = termNorms.length;
      termIds.set(norm, id);
      termNorms.push(norm);
      postings.push([]);
    }
    return id;
  };
  const reusable = new Map((previous?.documents ?? []).map((indexed, index) => [indexed.document, index]));
  const previousUnitStarts = previous ? unitStarts(previous) : new Int32Array(1);
  // A previous term id's id in this index, once one of its words has been met (-1 before).
  const renumbered = new Int32Array(previous?.termNorms.length ?? 0).fill(-1);
  const previousNorms = previous?.termNorms ?? [];

  const documents: IndexedDocument[] = [];
  const units: IndexUnit[] = [];
  const singleWordQuotations = new Set<number>();
  let base = 0;
  // A previous unit's id in this index (-1 for one of a document gone or changed), and the units made afresh.
  const movedUnits = new Int32Array(previous?.units.length ?? 0).fill(-1);
  const freshUnits: [number, number][] = [];
  // Postings can be carried over only while the previous documents keep their order, so moved ids stay ascending.
  let inOrder = previous !== undefined;
  let lastEarlierIndex = -1;
  yield;

  for (const [documentIndex, document] of corpus.documents.entries()) {
    if (documentIndex % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
    const earlierIndex = reusable.get(document);
    let indexed: IndexedDocument;
    if (previous && earlierIndex !== undefined) {
      const earlier = previous.documents[earlierIndex] as IndexedDocument;
      const terms = renumber(earlier.terms, renumbered, (term) => termOf(previousNorms[term] as string));
      const from = previousUnitStarts[earlierIndex] as number;
      const to = previousUnitStarts[earlierIndex + 1] as number;
      for (let unitId = from; unitId < to; unitId++) movedUnits[unitId] = unitId + units.length - from;
      inOrder &&= earlierIndex > lastEarlierIndex;
      lastEarlierIndex = earlierIndex;
      indexed = movedDocument(
        earlier,
        { documentIndex, base, terms },
        previous.units.slice(from, to),
        units.length - from,
        units,
        singleWordQuotations,
      );
    } else {
      // A teaser's words stand on the page too: a claim found there is narration, not anyone's quotation.
      const body = document.paragraphs.filter((paragraph) => paragraph.kind === 'body' || paragraph.kind === 'teaser');
      const tokenised = tokenisedWords(document, body);
      const terms = Int32Array.from(tokenised.starts, (_, position) => termOf(tokenised.norms(position)));
      const from = units.length;
      indexed = unitsOf(document, documentIndex, body, terms, tokenised, base, units, singleWordQuotations);
      freshUnits.push([from, units.length]);
    }
    documents.push(indexed);
    base += indexed.terms.length;
  }
  yield;

  const lastUnit = new Int32Array(termNorms.length).fill(-1);
  if (previous && inOrder) {
    for (const [from, to] of freshUnits) addPostings(postings, lastUnit, units, documents, from, to);
    yield* carriedPostings(postings, previous.postings, renumbered, movedUnits);
  } else {
    for (let from = 0; from < units.length; from += UNITS_PER_STEP) {
      addPostings(postings, lastUnit, units, documents, from, Math.min(units.length, from + UNITS_PER_STEP));
      yield;
    }
  }
  yield;

  const occurrenceStarts = new Int32Array(termNorms.length + 1);
  for (let from = 0; from < documents.length; from += DOCUMENTS_PER_STEP) {
    countOccurrences(occurrenceStarts, documents, from, Math.min(documents.length, from + DOCUMENTS_PER_STEP));
    yield;
  }
  for (let term = 0; term < termNorms.length; term++) {
    occurrenceStarts[term + 1] = (occurrenceStarts[term + 1] as number) + (occurrenceStarts[term] as number);
  }
  yield;
  const occurrences = new Int32Array(base);
  const filled = occurrenceStarts.slice(0, termNorms.length);
  for (let from = 0; from < documents.length; from += DOCUMENTS_PER_STEP) {
    placeOccurrences(occurrences, filled, documents, from, Math.min(documents.length, from + DOCUMENTS_PER_STEP));
    yield;
  }

  yield;
  // A term's flags and weight depend on its norm alone: those of a previous term are copied.
  const termFlags = new Uint8Array(termNorms.length);
  const termWeights = new Uint8Array(termNorms.length);
  for (const [id, norm] of termNorms.entries()) {
    if (id % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    const earlier = previous?.termIds.get(norm);
    termFlags[id] =
      earlier === undefined
        ? (isContentWord(norm) ? CONTENT : 0) | (isNegation(norm) ? NEGATION : 0) | (isNumber(norm) ? NUMBER : 0)
        : (previous?.termFlags[earlier] as number);
    termWeights[id] = earlier === undefined ? matchWeight(norm) : (previous?.termWeights[earlier] as number);
  }
  return {
    corpus,
    documents,
    units,
    termIds,
    termNorms,
    termFlags,
    termWeights,
    postings,
    occurrenceStarts,
    occurrences,
    documentBases: Int32Array.from(documents, (indexed) => indexed.base),
    singleWordQuotations,
    // The directory depends on the speakers alone: an unchanged list keeps the one already built.
    speakers:
      previous && previous.corpus.speakers === corpus.speakers
        ? previous.speakers
        : buildSpeakerDirectory(corpus.speakers),
  };
}
