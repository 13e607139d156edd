import type { AnalysedSnapshot } from './corpus-snapshot.js';
import {
  type FilesSegment,
  type AnalysesSegment,
  type Head,
  type ListName,
  type LedgerSegment,
  type ListSegment,
  LISTS,
  type MiniSearchPlain,
  type PersistedUnit,
  type PostingsBlock,
} from './segment-shapes.js';
import { packDocuments, type PackedDocuments } from './packed-documents.js';
import type { CorpusDocument } from '../corpus/corpus-types.js';
import type { IndexUnit } from '../quotes/quote-index.js';
import { type PersistedSearch, sentenceTableBlocks } from '../search/search-index.js';
import { sentenceId } from '../search/sentence-entry.js';

/** How much goes into one segment: small enough to deserialise and link in a few milliseconds. */
interface SegmentBudget {
  readonly documentCharacters: number;
  readonly ledgerBytes: number;
  readonly items: number;
  readonly occurrences: number;
}

const SEGMENT_BUDGET: SegmentBudget = {
  documentCharacters: 20_000,
  ledgerBytes: 1024 * 1024,
  items: 2_000,
  occurrences: 250_000,
};
/** Heavier items (a term's postings) are weighed by their length, against this many times the item budget. */
const WEIGHED_BUDGET = 5;

/** Consecutive runs of `items` whose summed weight stays within `budget` (an item heavier than that stands alone). */
function* runs<Item>(items: readonly Item[], budget: number, weight: (item: Item) => number): Generator<Item[]> {
  let run: Item[] = [];
  let load = 0;
  for (const item of items) {
    const itemWeight = weight(item);
    if (run.length > 0 && load + itemWeight > budget) {
      yield run;
      run = [];
      load = 0;
    }
    run.push(item);
    load += itemWeight;
  }
  if (run.length > 0) yield run;
}

function persistedUnit(unit: IndexUnit, document: CorpusDocument): PersistedUnit {
  return {
    ...unit,
    quotation: unit.quotation ? document.quotations.indexOf(unit.quotation) : -1,
    paragraph: unit.paragraph ? document.paragraphs.indexOf(unit.paragraph) : -1,
  };
}

/** MiniSearch's index as blocks of about `budget` postings, a (term, field) pair cut into parts of at most `size`. */
function postingsBlocks(index: MiniSearchPlain['index'], size: number, budget: number): PostingsBlock[] {
  const blocks: PostingsBlock[] = [];
  let terms: string[] = [];
  let fieldIds: number[] = [];
  let counts: number[] = [];
  let shortIds: number[] = [];
  let frequencies: number[] = [];
  let load = 0;
  const close = () => {
    if (terms.length === 0) return;
    blocks.push({
      terms,
      fieldIds: Int32Array.from(fieldIds),
      counts: Int32Array.from(counts),
      shortIds: Int32Array.from(shortIds),
      frequencies: Int32Array.from(frequencies),
    });
    terms = [];
    fieldIds = [];
    counts = [];
    shortIds = [];
    frequencies = [];
    load = 0;
  };
  for (const [term, fields] of index) {
    for (const [fieldId, postings] of Object.entries(fields)) {
      const ids = Object.keys(postings);
      for (let from = 0; from < ids.length; from += size) {
        const slice = ids.slice(from, from + size);
        if (load > 0 && load + 1 + slice.length > budget) close();
        terms.push(term);
        fieldIds.push(Number(fieldId));
        counts.push(slice.length);
        for (const id of slice) {
          shortIds.push(Number(id));
          frequencies.push(postings[id] as number);
        }
        load += 1 + slice.length;
      }
    }
  }
  close();
  return blocks;
}

function documentSegments(
  { snapshot, analyses }: AnalysedSnapshot,
  sentences: PersistedSearch['sentences'],
  budget: SegmentBudget,
): { documents: PackedDocuments[]; analyses: AnalysesSegment[] } {
  const { corpus, quotes } = snapshot;
  const segments: PackedDocuments[] = [];
  const analysesSegments: AnalysesSegment[] = [];
  let position = 0;
  for (const run of runs(corpus.documents, budget.documentCharacters, (document) => document.text.length)) {
    const analysed = analyses.slice(position, position + run.length);
    if (analysed.some((analysis, offset) => analysis.document !== run[offset]))
      throw new Error('The analyses are not those of the corpus.');
    analysesSegments.push({
      kind: 'analyses',
      analysisKeys: analysed.map((analysis) => analysis.key),
      entities: analysed.map((analysis) => analysis.entities),
      speakerEvidence: analysed.map((analysis) => analysis.speakerEvidence),
    });
    segments.push(
      packDocuments(
        run,
        run.map((document) =>
          document.sentences.map((sentence) => sentences.get(sentenceId(document.id, sentence.index))?.terms ?? ' '),
        ),
        run.map((document, offset) => {
          const indexed = quotes.documents[position + offset];
          if (indexed?.document !== document) throw new Error('The quote index is not in corpus order.');
          const { document: _document, ...arrays } = indexed;
          return arrays;
        }),
      ),
    );
    position += run.length;
  }
  return { documents: segments, analyses: analysesSegments };
}

/**
 * The snapshot as a list of small segments of plain data, none linked to another: a head, documents, their
 * analyses, the ledger, lists.
 */
export function snapshotSegments(analysed: AnalysedSnapshot, budget: SegmentBudget = SEGMENT_BUDGET): unknown[] {
  const { snapshot } = analysed;
  const { corpus, quotes } = snapshot;
  const {
    sentences,
    documentFrequency,
    vocabulary: _vocabulary,
    vocabularyCounts,
    capitalised,
    miniSearch,
    aliases,
    ...searchRest
  } = snapshot.search.persisted();
  const {
    corpus: _corpus,
    documents: _documents,
    units,
    termIds: _termIds,
    termNorms,
    postings,
    occurrences,
    speakers: _speakers,
    ...quoteRest
  } = quotes;
  const { documentIds: _ids, fieldLength: _lengths, storedFields: _stored, index, ...miniSearchRest } = miniSearch;
  const occurrenceChunks = Array.from({ length: Math.ceil(occurrences.length / budget.occurrences) }, (_, chunk) =>
    occurrences.slice(chunk * budget.occurrences, (chunk + 1) * budget.occurrences),
  );
  const weighed = WEIGHED_BUDGET * budget.items;
  const lists: Record<ListName, { items: readonly unknown[]; budget: number; weight: (item: never) => number }> = {
    speakers: { items: corpus.speakers, budget: budget.items, weight: () => 1 },
    aliases: { items: aliases, budget: budget.items, weight: () => 1 },
    units: {
      items: units.map((unit) => persistedUnit(unit, corpus.documents[unit.documentIndex] as CorpusDocument)),
      budget: budget.items,
      weight: () => 1,
    },
    documentFrequency: { items: [...documentFrequency], budget: budget.items, weight: () => 1 },
    // The words with their counts; the set of words is their keys.
    vocabulary: { items: [...vocabularyCounts], budget: budget.items, weight: () => 1 },
    capitalised: { items: [...capitalised], budget: budget.items, weight: () => 1 },
    termNorms: { items: termNorms, budget: budget.items, weight: () => 1 },
    postings: { items: postings, budget: weighed, weight: (list: readonly number[]) => 1 + list.length },
    occurrences: { items: occurrenceChunks, budget: 1, weight: () => 1 },
    sentenceTables: { items: sentenceTableBlocks(miniSearch, weighed), budget: 1, weight: () => 1 },
    index: { items: postingsBlocks(index, budget.items, weighed), budget: 1, weight: () => 1 },
  };
  const { documents, analyses } = documentSegments(analysed, sentences, budget);
  const { registry } = analysed.ledger;
  const ledger = [...runs(analysed.ledger.chunks, budget.ledgerBytes, (chunk) => chunk.byteLength)].map(
    (chunks): LedgerSegment => ({ kind: 'ledger', chunks, registry }),
  );
  // A ledger without entries still says its registry.
  if (ledger.length === 0) ledger.push({ kind: 'ledger', chunks: [], registry });
  const head: Head = {
    kind: 'head',
    version: corpus.version,
    refused: snapshot.refused,
    documents: corpus.documents.length,
    documentSegments: documents.length,
    ledgerSegments: ledger.length,
    occurrences: occurrences.length,
    lists: Object.fromEntries(LISTS.map((list) => [list, lists[list].items.length])) as Record<ListName, number>,
    search: searchRest,
    quotes: quoteRest,
    miniSearch: miniSearchRest,
  };
  const listSegments = LISTS.flatMap((list) =>
    [...runs(lists[list].items, lists[list].budget, lists[list].weight as (item: unknown) => number)].map(
      (items): ListSegment => ({ kind: 'list', list, items }),
    ),
  );

  const files: FilesSegment = { kind: 'files', ...analysed.files };
  return [head, ...documents, ...analyses, ...ledger, files, ...listSegments];
}
