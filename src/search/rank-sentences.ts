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
    typeof state._documentCount !== 'number'
  )
    throw new Error('This MiniSearch keeps its index in another form than version 7 did.');
  return state as MiniSearchState;
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
  // How many of the query's distinct terms each document matches; a term the query repeats counts once.
  const occurrences = new Map<string, number>();
  for (const term of terms) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
  const matchedByRepeated = new Map<string, Set<number>>();
  const scores = new Map<number, number>();
  const matched = new Map<number, number>();
  const fields = Object.entries(options.boost).map(([field, boost]) => {
    const fieldId = state._fieldIds[field];
    if (fieldId === undefined) throw new Error(`MiniSearch has no field ${field}.`);
    return { fieldId, boost, average: state._avgFieldLength[fieldId] as number };
  });
  for (const term of terms) {
    let matchedBefore: Set<number> | undefined;
    if ((occurrences.get(term) as number) > 1) {
      matchedBefore = matchedByRepeated.get(term) ?? new Set();
      matchedByRepeated.set(term, matchedBefore);
    }
    const termBoost = options.boostTerm(term);
    // One term's scores, summed as MiniSearch sums them before it adds them to the other terms'.
    const termScores = new Map<number, number>();
    const score = (postings: FieldPostings | undefined, weight: number): void => {
      if (!postings) return;
      for (const { fieldId, boost, average } of fields) {
        const frequencies = postings.get(fieldId);
        if (!frequencies) continue;
        const matching = frequencies.size;
        const inverse = Math.log(1 + (state._documentCount - matching + 0.5) / (matching + 0.5));
        for (const [documentId, frequency] of frequencies) {
          const length = (state._fieldLength.get(documentId) as number[])[fieldId] as number;
          const raw =
            inverse *
            (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
          const weighted = weight * termBoost * boost * 1 * raw;
          const sum = termScores.get(documentId);
          termScores.set(documentId, sum === undefined ? weighted : sum + weighted);
        }
      }
    };
    score(state._index.get(term), 1);
    const fuzzy = options.fuzzy(term);
    const maxDistance = fuzzy === false ? 0 : fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
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
    for (const [documentId, termScore] of termScores) {
      const sum = scores.get(documentId);
      scores.set(documentId, sum === undefined ? termScore : sum + termScore);
      if (matchedBefore?.has(documentId)) continue;
      matchedBefore?.add(documentId);
      matched.set(documentId, (matched.get(documentId) ?? 0) + 1);
    }
  }
  return best(scores, matched, count).map(([documentId, score]) => ({
    id: state._documentIds.get(documentId) as string,
    score,
  }));
}

/** The `count` highest final scores, ties in the order the documents were first matched (a stable sort's). */
function best(
  scores: ReadonlyMap<number, number>,
  matched: ReadonlyMap<number, number>,
  count: number,
): [number, number][] {
  const finals: [number, number][] = [];
  for (const [documentId, score] of scores) finals.push([documentId, score * (matched.get(documentId) as number)]);
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
