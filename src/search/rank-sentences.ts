import type MiniSearch from 'minisearch';

/** Postings of one term: field id to document short id to term frequency. */
type FieldPostings = Map<number, Map<number, number>>;

/** What of MiniSearch's private state the ranking reads (MiniSearch 7). */
interface MiniSearchState {
  readonly _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  readonly _documentCount: number;
  readonly _documentIds: Map<number, string>;
  readonly _fieldIds: Record<string, number>;
  readonly _fieldLength: Map<number, number[]>;
  readonly _avgFieldLength: number[];
  readonly _idToShortId: Map<string, number>;
}

/** How each term of an OR query is matched, as in MiniSearch's search options. */
export interface RankingOptions {
  /** Fields in MiniSearch's order, each with its boost. */
  readonly boost: Readonly<Record<string, number>>;
  readonly prefix: (term: string) => boolean;
  /** Edit distance allowed, as a share of the term's length (below 1) or a count; false for none. */
  readonly fuzzy: (term: string) => number | false;
  readonly boostTerm: (term: string) => number;
}

export interface RankedSentence {
  readonly id: string;
  readonly score: number;
}

// MiniSearch's defaults, which the index uses.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function stateOf<Document>(miniSearch: MiniSearch<Document>): MiniSearchState {
  const state = miniSearch as unknown as Partial<MiniSearchState>;
  if (
    typeof state._index?.get !== 'function' ||
    typeof state._index.atPrefix !== 'function' ||
    typeof state._index.fuzzyGet !== 'function' ||
    !(state._documentIds instanceof Map) ||
    !(state._fieldLength instanceof Map) ||
    !Array.isArray(state._avgFieldLength) ||
    !(state._idToShortId instanceof Map) ||
    typeof state._documentCount !== 'number'
  )
    throw new Error('This MiniSearch keeps its index in another form than version 7 did.');
  return state as MiniSearchState;
}

/**
 * Per index, worked out on its first question: each document's length part of BM25 by field (an index never
 * changes once opened), and arrays by short id to sum scores in, cleared after each question (ranking is synchronous).
 */
interface Scratch {
  readonly lengthParts: Map<number, Float64Array>;
  readonly termScores: Float64Array;
  readonly termMatched: Uint8Array;
  readonly termOrder: Int32Array;
  readonly scores: Float64Array;
  readonly matched: Int32Array;
  readonly order: Int32Array;
}

const scratches = new WeakMap<object, Scratch>();

function scratchOf(state: MiniSearchState): Scratch {
  let scratch = scratches.get(state);
  if (scratch) return scratch;
  let size = 0;
  for (const documentId of state._fieldLength.keys()) size = Math.max(size, documentId + 1);
  const lengthParts = new Map<number, Float64Array>();
  for (const fieldId of Object.values(state._fieldIds)) {
    const average = state._avgFieldLength[fieldId] as number;
    const parts = new Float64Array(size);
    for (const [documentId, lengths] of state._fieldLength)
      parts[documentId] = BM25.k * (1 - BM25.b + (BM25.b * (lengths[fieldId] as number)) / average);
    lengthParts.set(fieldId, parts);
  }
  scratch = {
    lengthParts,
    termScores: new Float64Array(size),
    termMatched: new Uint8Array(size),
    termOrder: new Int32Array(size),
    scores: new Float64Array(size),
    matched: new Int32Array(size),
    order: new Int32Array(size),
  };
  scratches.set(state, scratch);
  return scratch;
}

/** Drops what was worked out for `miniSearch` on its first question: call it after documents were added or removed. */
export function forgetRanking<Document>(miniSearch: MiniSearch<Document>): void {
  scratches.delete(stateOf(miniSearch));
}

/**
 * The average field lengths MiniSearch would hold after adding documents in the order they are given to `add` (it
 * keeps a running average, so after documents were removed and added the last bits depend on the order). A document
 * it does not hold yet takes its lengths from `fresh`.
 */
export class AverageLengths<Document> {
  readonly averages: number[];
  #count = 0;
  readonly #state: MiniSearchState;

  constructor(
    miniSearch: MiniSearch<Document>,
    readonly fresh: ReadonlyMap<string, readonly number[]>,
  ) {
    this.#state = stateOf(miniSearch);
    this.averages = this.#state._avgFieldLength.map(() => 0);
  }

  /** @throws Error when a document is neither in the index nor in `fresh`. */
  add(ids: readonly string[]): void {
    const state = this.#state;
    for (const id of ids) {
      const lengths = this.fresh.get(id) ?? state._fieldLength.get(state._idToShortId.get(id) ?? -1);
      if (!lengths) throw new Error(`MiniSearch does not hold ${id}.`);
      this.#addLengths(lengths);
    }
  }

  /**
   * Adds the ids `${prefix}${suffix}` for every suffix, in order, as `add` does. MiniSearch numbers documents in the
   * order they were added, and a document's sentences are added together: when the stored ids that follow the first
   * one's number are exactly these (checked without making or hashing each id), their lengths are read by number.
   * @throws Error when a document is neither in the index nor in `fresh`.
   */
  addRun(prefix: string, suffixes: readonly number[]): void {
    const state = this.#state;
    const first = suffixes.length > 0 ? state._idToShortId.get(`${prefix}${suffixes[0]}`) : undefined;
    const run: number[][] = [];
    for (const [offset, suffix] of suffixes.entries()) {
      if (first === undefined) break;
      const stored = state._documentIds.get(first + offset);
      const lengths = state._fieldLength.get(first + offset);
      const text = String(suffix);
      if (
        !lengths ||
        stored?.length !== prefix.length + text.length ||
        !stored.startsWith(prefix) ||
        !stored.endsWith(text)
      )
        break;
      run.push(lengths);
    }
    if (run.length < suffixes.length) {
      this.add(suffixes.map((suffix) => `${prefix}${suffix}`));
      return;
    }
    for (const lengths of run) this.#addLengths(lengths);
  }

  #addLengths(lengths: readonly number[]): void {
    const count = this.#count++;
    const averages = this.averages;
    for (let fieldId = 0; fieldId < averages.length; fieldId++)
      averages[fieldId] = ((averages[fieldId] as number) * count + (lengths[fieldId] ?? 0)) / (count + 1);
  }
}

/** Sets MiniSearch's average field lengths (see `AverageLengths`), so an index changed in place scores as one built afresh. */
export function setAverageLengths<Document>(miniSearch: MiniSearch<Document>, averages: readonly number[]): void {
  const state = stateOf(miniSearch);
  averages.forEach((average, fieldId) => {
    state._avgFieldLength[fieldId] = average;
  });
}

/**
 * The `count` best documents of an OR query over `terms`, with MiniSearch's scores and in its order (equal scores in
 * the order MiniSearch lists them), without building MiniSearch's result for every document that matches a term:
 * on a large corpus a question's common words match tens of thousands of sentences, and building, sorting and
 * collecting their results took most of a question's time. It reads MiniSearch's index directly, so it follows
 * MiniSearch's scoring step for step (BM25 per field, prefix and fuzzy matches weighted by their distance, a
 * document's score times the number of query terms it matches); `tests/rank-sentences.test.ts` holds it to
 * `MiniSearch.search`.
 * @throws Error when MiniSearch keeps its index in another form.
 */
export function rankSentences<Document>(
  miniSearch: MiniSearch<Document>,
  terms: readonly string[],
  options: RankingOptions,
  count: number,
): RankedSentence[] {
  const state = stateOf(miniSearch);
  const { lengthParts, termScores, termMatched, termOrder, scores, matched, order } = scratchOf(state);
  // How many of the query's distinct terms each document matches; a term the query repeats counts once.
  const occurrences = new Map<string, number>();
  for (const term of terms) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
  const matchedByRepeated = new Map<string, Set<number>>();
  const fields = Object.entries(options.boost).map(([field, boost]) => {
    const fieldId = state._fieldIds[field];
    if (fieldId === undefined) throw new Error(`MiniSearch has no field ${field}.`);
    return { fieldId, boost, lengthPart: lengthParts.get(fieldId) as Float64Array };
  });
  let ordered = 0;
  let termOrdered = 0;
  try {
    for (const term of terms) {
      let matchedBefore: Set<number> | undefined;
      if ((occurrences.get(term) as number) > 1) {
        matchedBefore = matchedByRepeated.get(term) ?? new Set();
        matchedByRepeated.set(term, matchedBefore);
      }
      const termBoost = options.boostTerm(term);
      // One term's scores, summed as MiniSearch sums them (in the same order) before it adds them to the other terms'.
      termOrdered = 0;
      const score = (postings: FieldPostings | undefined, weight: number): void => {
        if (!postings) return;
        for (const { fieldId, boost, lengthPart } of fields) {
          const frequencies = postings.get(fieldId);
          if (!frequencies) continue;
          const matching = frequencies.size;
          const inverse = Math.log(1 + (state._documentCount - matching + 0.5) / (matching + 0.5));
          const factor = weight * termBoost * boost * 1;
          frequencies.forEach((frequency, documentId) => {
            const raw =
              inverse * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + (lengthPart[documentId] as number)));
            if (termMatched[documentId] === 0) {
              termMatched[documentId] = 1;
              termOrder[termOrdered++] = documentId;
              termScores[documentId] = factor * raw;
            } else termScores[documentId] = (termScores[documentId] as number) + factor * raw;
          });
        }
      };
      score(state._index.get(term), 1);
      const fuzzy = options.fuzzy(term);
      const maxDistance =
        fuzzy === false ? 0 : fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      const fuzzyMatches = maxDistance ? state._index.fuzzyGet(term, maxDistance) : undefined;
      if (options.prefix(term)) {
        for (const [derived, postings] of state._index.atPrefix(term)) {
          const distance = derived.length - term.length;
          if (!distance) continue;
          fuzzyMatches?.delete(derived);
          score(postings, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      if (fuzzyMatches) {
        for (const [derived, [postings, distance]] of fuzzyMatches) {
          if (!distance) continue;
          score(postings, (FUZZY_WEIGHT * derived.length) / (derived.length + distance));
        }
      }
      for (let position = 0; position < termOrdered; position++) {
        const documentId = termOrder[position] as number;
        const termScore = termScores[documentId] as number;
        termMatched[documentId] = 0;
        termScores[documentId] = 0;
        if (matched[documentId] === 0) {
          order[ordered++] = documentId;
          scores[documentId] = termScore;
        } else scores[documentId] = (scores[documentId] as number) + termScore;
        if (matchedBefore?.has(documentId)) continue;
        matchedBefore?.add(documentId);
        matched[documentId] = (matched[documentId] as number) + 1;
      }
      termOrdered = 0;
    }
    const finals: [number, number][] = [];
    for (let position = 0; position < ordered; position++) {
      const documentId = order[position] as number;
      finals.push([documentId, (scores[documentId] as number) * (matched[documentId] as number)]);
      scores[documentId] = 0;
      matched[documentId] = 0;
    }
    return best(finals, count).map(([documentId, score]) => ({
      id: state._documentIds.get(documentId) as string,
      score,
    }));
  } finally {
    // Should anything throw midway, the arrays are left clear for the next question all the same.
    for (let position = 0; position < termOrdered; position++) {
      termMatched[termOrder[position] as number] = 0;
      termScores[termOrder[position] as number] = 0;
    }
    for (let position = 0; position < ordered; position++) {
      scores[order[position] as number] = 0;
      matched[order[position] as number] = 0;
    }
  }
}

function best(finals: [number, number][], count: number): [number, number][] {
  if (finals.length <= count) return finals.sort((a, b) => b[1] - a[1]);
  // The count-th highest score, from a small sorted list of the highest seen.
  const highest: number[] = [];
  for (const [, score] of finals) {
    if (highest.length === count && score <= (highest[count - 1] as number)) continue;
    let position = highest.length === count ? count - 1 : highest.length;
    while (position > 0 && (highest[position - 1] as number) < score) {
      highest[position] = highest[position - 1] as number;
      position--;
    }
    highest[position] = score;
    if (highest.length > count) highest.length = count;
  }
  const threshold = highest[count - 1] as number;
  const above = finals.filter(([, score]) => score > threshold);
  const at = finals.filter(([, score]) => score === threshold).slice(0, count - above.length);
  const chosen = new Set([...above, ...at]);
  return finals.filter((entry) => chosen.has(entry)).sort((a, b) => b[1] - a[1]);
}
