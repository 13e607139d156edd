import { z } from 'zod';
import {
  CorpusValidationError,
  servingProblem,
  type AnalysedSnapshot,
  type CorpusSnapshot,
} from './corpus-snapshot.js';
import { deserializeSegment } from './snapshot-file.js';
import type { SliceClock } from './slice-clock.js';
import type { SourceText } from '../corpus/build-corpus.js';
import type { DocumentAnalysis } from '../corpus/analyse-document.js';
import type { Corpus, CorpusDocument } from '../corpus/corpus-types.js';
import type { DocumentEntities } from '../corpus/speakers/document-entities.js';
import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import type { IndexedDocument, IndexUnit, QuoteIndex } from '../quotes/quote-index.js';
import { restoreSearchIndexInSlices, type PersistedSearch } from '../search/search-index.js';

/*
 * A snapshot is stored as many small segments, so that a reader can deserialise and link them one at a time,
 * yielding to its event loop in between. No segment holds a reference into another: the indexes point into the
 * corpus by position (document, quotation, paragraph, sentence), and the restore links them again.
 */

type MiniSearchPlain = PersistedSearch['miniSearch'];
type SentenceEntry = PersistedSearch['sentences'] extends ReadonlyMap<string, infer Entry> ? Entry : never;
type IndexEntry = MiniSearchPlain['index'][number];
/**
 * A part of one term's postings in one field: document short ids and their frequencies, as arrays of numbers
 * (which v8 reads back far faster than objects with numeric keys). A common term's postings take several parts.
 */
type PostingsPart = readonly [
  term: string,
  fieldId: string,
  shortIds: readonly number[],
  frequencies: readonly number[],
];
type Capitalisation = PersistedSearch['capitalised'] extends ReadonlyMap<string, infer Counts> ? Counts : never;

/** Any field added to the indexes later travels in the head as it is, so it must be plain data without links. */
type SearchRest = Omit<
  PersistedSearch,
  'sentences' | 'documentFrequency' | 'vocabulary' | 'capitalised' | 'miniSearch'
>;
type QuoteRest = Omit<
  QuoteIndex,
  'corpus' | 'documents' | 'units' | 'termIds' | 'termNorms' | 'postings' | 'occurrences'
>;
type MiniSearchRest = Omit<MiniSearchPlain, 'documentIds' | 'fieldLength' | 'storedFields' | 'index'>;

const LISTS = [
  'units',
  'documentFrequency',
  'vocabulary',
  'capitalised',
  'termNorms',
  'postings',
  'occurrences',
  'documentIds',
  'fieldLength',
  'storedFields',
  'index',
] as const;
type ListName = (typeof LISTS)[number];

interface Head {
  readonly kind: 'head';
  readonly version: string;
  readonly speakers: Corpus['speakers'];
  readonly refused: readonly RefusedFile[];
  readonly documents: number;
  /** The documents segments follow the head, then as many analyses segments: this many of each. */
  readonly documentSegments: number;
  readonly occurrences: number;
  /** How many items each list holds, so a missing segment is noticed. */
  readonly lists: Readonly<Record<ListName, number>>;
  readonly search: SearchRest;
  readonly quotes: QuoteRest;
  readonly miniSearch: MiniSearchRest;
}

type PersistedUnit = Omit<IndexUnit, 'quotation' | 'paragraph'> & {
  /** Position in the document's quotations, or -1. */
  readonly quotation: number;
  /** Position in the document's paragraphs, or -1. */
  readonly paragraph: number;
};

interface DocumentsSegment {
  readonly kind: 'documents';
  readonly documents: readonly CorpusDocument[];
  /** The search terms of each document's sentences, in sentence order. */
  readonly sentenceTerms: readonly (readonly (readonly string[])[])[];
  readonly quoteDocuments: readonly Omit<IndexedDocument, 'document'>[];
}

/**
 * The analysis key and entities of the documents of the documents segment in the same place, for the next build
 * to reuse (see `analyseCorpus`). A restore never reads them.
 */
interface AnalysesSegment {
  readonly kind: 'analyses';
  readonly analysisKeys: readonly string[];
  readonly entities: readonly DocumentEntities[];
}

interface ListSegment {
  readonly kind: 'list';
  readonly list: ListName;
  readonly items: readonly unknown[];
}

// Shapes are checked per segment (a segment of another kind or layout means rebuild); values are then trusted
// only as far as their checksums and key, and every link is checked as it is made.
const headSchema = z.looseObject({
  kind: z.literal('head'),
  version: z.string(),
  speakers: z.array(z.unknown()),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
  documents: z.number().int().nonnegative(),
  documentSegments: z.number().int().nonnegative(),
  occurrences: z.number().int().nonnegative(),
  lists: z.record(z.enum(LISTS), z.number().int().nonnegative()),
  search: z.looseObject({}),
  quotes: z.looseObject({}),
  miniSearch: z.looseObject({}),
});
const documentsSchema = z.looseObject({
  kind: z.literal('documents'),
  documents: z.array(
    z.looseObject({
      id: z.string(),
      sha256: z.string(),
      text: z.string(),
      paragraphs: z.array(z.unknown()),
      quotations: z.array(z.unknown()),
      sentences: z.array(z.unknown()),
    }),
  ),
  // Shallow checks only: a deep parse would copy every sentence's terms, and the garbage costs the event loop
  // more in collection pauses than the parse itself. The links below check what they use.
  sentenceTerms: z.array(z.array(z.unknown())),
  quoteDocuments: z.array(z.looseObject({ base: z.number().int(), terms: z.instanceof(Int32Array) })),
});
const analysesSchema = z.looseObject({
  kind: z.literal('analyses'),
  analysisKeys: z.array(z.string()),
  entities: z.array(z.looseObject({})),
});
const listSchema = z.looseObject({ kind: z.literal('list'), list: z.enum(LISTS), items: z.array(z.unknown()) });

/** How much goes into one segment: small enough to deserialise and link in a few milliseconds. */
export interface SegmentBudget {
  readonly documentCharacters: number;
  readonly items: number;
  readonly occurrences: number;
}

const SEGMENT_BUDGET: SegmentBudget = { documentCharacters: 20_000, items: 2_000, occurrences: 250_000 };
/** Heavier items (a term's postings) are weighed by their length, against this many times the item budget. */
const WEIGHED_BUDGET = 5;
/** How many items go between two looks at the clock while the restored lists are turned into maps and objects. */
const ITEMS_PER_SLICE = 500;

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

/** MiniSearch's index as parts of at most `size` postings each. */
function postingsParts(index: MiniSearchPlain['index'], size: number): PostingsPart[] {
  const parts: PostingsPart[] = [];
  for (const [term, fields] of index) {
    for (const [fieldId, postings] of Object.entries(fields)) {
      const shortIds = Object.keys(postings);
      for (let from = 0; from < shortIds.length; from += size) {
        const slice = shortIds.slice(from, from + size);
        parts.push([term, fieldId, slice.map(Number), slice.map((shortId) => postings[shortId] as number)]);
      }
    }
  }
  return parts;
}

function documentSegments(
  { snapshot, analyses }: AnalysedSnapshot,
  sentences: PersistedSearch['sentences'],
  budget: SegmentBudget,
): { documents: DocumentsSegment[]; analyses: AnalysesSegment[] } {
  const { corpus, quotes } = snapshot;
  const segments: DocumentsSegment[] = [];
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
    });
    segments.push({
      kind: 'documents',
      documents: run,
      sentenceTerms: run.map((document) =>
        document.sentences.map((sentence) => [...(sentences.get(`${document.id}:${sentence.index}`)?.terms ?? [])]),
      ),
      quoteDocuments: run.map((document, offset) => {
        const indexed = quotes.documents[position + offset];
        if (indexed?.document !== document) throw new Error('The quote index is not in corpus order.');
        const { document: _document, ...arrays } = indexed;
        return arrays;
      }),
    });
    position += run.length;
  }
  return { documents: segments, analyses: analysesSegments };
}

/**
 * The snapshot as a list of small segments of plain data, none linked to another: a head, documents, their
 * analyses, lists.
 */
export function snapshotSegments(analysed: AnalysedSnapshot, budget: SegmentBudget = SEGMENT_BUDGET): unknown[] {
  const { snapshot } = analysed;
  const { corpus, quotes } = snapshot;
  const { sentences, documentFrequency, vocabulary, capitalised, miniSearch, ...searchRest } =
    snapshot.search.persisted();
  const {
    corpus: _corpus,
    documents: _documents,
    units,
    termIds: _termIds,
    termNorms,
    postings,
    occurrences,
    ...quoteRest
  } = quotes;
  const { documentIds, fieldLength, storedFields, index, ...miniSearchRest } = miniSearch;
  const occurrenceChunks = Array.from({ length: Math.ceil(occurrences.length / budget.occurrences) }, (_, chunk) =>
    occurrences.slice(chunk * budget.occurrences, (chunk + 1) * budget.occurrences),
  );
  const weighed = WEIGHED_BUDGET * budget.items;
  const lists: Record<ListName, { items: readonly unknown[]; budget: number; weight: (item: never) => number }> = {
    units: {
      items: units.map((unit) => persistedUnit(unit, corpus.documents[unit.documentIndex] as CorpusDocument)),
      budget: budget.items,
      weight: () => 1,
    },
    documentFrequency: { items: [...documentFrequency], budget: budget.items, weight: () => 1 },
    vocabulary: { items: [...vocabulary], budget: budget.items, weight: () => 1 },
    capitalised: { items: [...capitalised], budget: budget.items, weight: () => 1 },
    termNorms: { items: termNorms, budget: budget.items, weight: () => 1 },
    postings: { items: postings, budget: weighed, weight: (list: readonly number[]) => 1 + list.length },
    occurrences: { items: occurrenceChunks, budget: 1, weight: () => 1 },
    documentIds: { items: Object.entries(documentIds), budget: budget.items, weight: () => 1 },
    fieldLength: { items: Object.entries(fieldLength), budget: budget.items, weight: () => 1 },
    storedFields: { items: Object.entries(storedFields), budget: budget.items, weight: () => 1 },
    index: {
      items: postingsParts(index, budget.items),
      budget: weighed,
      weight: ([, , shortIds]: PostingsPart) => 1 + shortIds.length,
    },
  };
  const { documents, analyses } = documentSegments(analysed, sentences, budget);
  const head: Head = {
    kind: 'head',
    version: corpus.version,
    speakers: corpus.speakers,
    refused: snapshot.refused,
    documents: corpus.documents.length,
    documentSegments: documents.length,
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
  return [head, ...documents, ...analyses, ...listSegments];
}

const SHAPE_ERROR = 'The snapshot does not have the shape of a corpus snapshot.';

function parsed<Schema extends z.ZodType>(schema: Schema, bytes: Uint8Array): z.infer<Schema> {
  let payload: unknown;
  try {
    payload = deserializeSegment(bytes);
  } catch (error) {
    throw new CorpusValidationError(`The snapshot cannot be deserialised: ${(error as Error).message}`);
  }
  // The parsed copy only proves the shape; the original keeps the typed arrays and values as they were stored.
  if (!schema.safeParse(payload).success) throw new CorpusValidationError(SHAPE_ERROR);
  return payload as z.infer<Schema>;
}

/** Where the restore stands: the parts linked so far. */
class Restoration {
  readonly documents: CorpusDocument[] = [];
  readonly quoteDocuments: IndexedDocument[] = [];
  readonly sentences = new Map<string, SentenceEntry>();
  readonly units: IndexUnit[] = [];
  readonly lists = new Map<ListName, unknown[]>(LISTS.map((list) => [list, []]));
  readonly served: readonly SourceText[];

  constructor(
    readonly head: Head,
    sources: readonly SourceText[],
  ) {
    const refusedNames = new Set(head.refused.map((entry) => entry.file));
    const onDisk = new Set(sources.map((source) => source.id));
    if ([...refusedNames].some((name) => !onDisk.has(name)))
      throw new CorpusValidationError('The snapshot refuses a document that is not on disk.');
    this.served = sources.filter((source) => !refusedNames.has(source.id));
    if (head.documents !== this.served.length)
      throw new CorpusValidationError('The snapshot holds another set of documents.');
  }

  addDocuments(segment: DocumentsSegment): void {
    segment.documents.forEach((document, offset) => {
      const source = this.served[this.documents.length];
      if (!source || document.id !== source.id || document.text !== source.text)
        throw new CorpusValidationError(`The snapshot's ${document.id} is not the file on disk.`);
      const problem = servingProblem(document);
      if (problem) throw new CorpusValidationError(`${document.id}: ${problem}.`);
      const terms = segment.sentenceTerms[offset];
      const arrays = segment.quoteDocuments[offset];
      if (terms?.length !== document.sentences.length || !arrays)
        throw new CorpusValidationError(`The snapshot's indexes do not cover ${document.id}.`);
      document.sentences.forEach((sentence, index) => {
        if (sentence.index !== index || !Array.isArray(terms[index]))
          throw new CorpusValidationError(`The snapshot's sentences of ${document.id} are out of order.`);
        this.sentences.set(`${document.id}:${sentence.index}`, {
          document,
          sentence,
          terms: new Set(terms[index]),
        });
      });
      this.quoteDocuments.push({ ...arrays, document });
      this.documents.push(document);
    });
  }

  addUnits(items: readonly unknown[]): void {
    for (const item of items as readonly PersistedUnit[]) {
      const document = this.documents[item.documentIndex];
      const quotation = item.quotation < 0 ? null : document?.quotations[item.quotation];
      const paragraph = item.paragraph < 0 ? null : document?.paragraphs[item.paragraph];
      if (!document || quotation === undefined || paragraph === undefined)
        throw new CorpusValidationError('The snapshot\u2019s quote index is not over its corpus.');
      this.units.push({ ...item, quotation, paragraph });
    }
  }

  list<Item>(name: ListName): Item[] {
    return this.lists.get(name) as Item[];
  }
}

/**
 * Reopens a stored snapshot segment by segment, yielding to the event loop between slices: it checks each
 * segment's shape, that it holds exactly `sources` (names and text) in order, that its indexes are over that
 * corpus, and that every quotation stands at its offsets.
 * @throws CorpusValidationError when anything does not hold.
 */
export async function restoreSnapshot(
  segments: readonly Uint8Array[],
  sources: readonly SourceText[],
  clock: SliceClock,
): Promise<CorpusSnapshot> {
  const [first, ...rest] = segments;
  if (!first) throw new CorpusValidationError(SHAPE_ERROR);
  const restoration = new Restoration(parsed(headSchema, first) as unknown as Head, sources);
  await clock.pause();
  const documentSegments = restoration.head.documentSegments;
  for (const bytes of rest.slice(0, documentSegments)) {
    restoration.addDocuments(parsed(documentsSchema, bytes) as unknown as DocumentsSegment);
    await clock.pause();
  }
  // The analyses are for the next build, not for serving: they are never deserialised here.
  for (const bytes of rest.slice(2 * documentSegments)) {
    const segment = parsed(listSchema, bytes) as ListSegment;
    if (segment.list === 'units') restoration.addUnits(segment.items);
    else for (const item of segment.items) restoration.list(segment.list).push(item);
    await clock.pause();
  }
  return assemble(restoration, clock);
}

/**
 * The document analyses a stored snapshot holds, by key, for a build of other documents (or after a failed
 * restore) to reuse: only its head and documents segments are read.
 * @throws CorpusValidationError when they do not have the expected shape.
 */
export async function storedAnalyses(
  segments: readonly Uint8Array[],
  clock: SliceClock,
): Promise<Map<string, DocumentAnalysis>> {
  const [first, ...rest] = segments;
  if (!first) throw new CorpusValidationError(SHAPE_ERROR);
  const head = parsed(headSchema, first);
  const analyses = new Map<string, DocumentAnalysis>();
  for (const [index, bytes] of rest.slice(0, head.documentSegments).entries()) {
    const { documents } = parsed(documentsSchema, bytes) as unknown as DocumentsSegment;
    const analysed = parsed(analysesSchema, rest[head.documentSegments + index] ?? new Uint8Array());
    documents.forEach((document, offset) => {
      const key = analysed.analysisKeys[offset];
      const entities = analysed.entities[offset] as DocumentEntities | undefined;
      if (key === undefined || entities === undefined) throw new CorpusValidationError(SHAPE_ERROR);
      analyses.set(key, { document, entities });
    });
    await clock.pause();
  }
  return analyses;
}

async function assemble(restoration: Restoration, clock: SliceClock): Promise<CorpusSnapshot> {
  const { head, documents } = restoration;
  if (documents.length !== head.documents)
    throw new CorpusValidationError('The snapshot holds another set of documents.');
  const units = restoration.units.length;
  if (LISTS.some((list) => (list === 'units' ? units : restoration.list(list).length) !== head.lists[list]))
    throw new CorpusValidationError('The snapshot lacks a part of its indexes.');
  const corpus: Corpus = { version: head.version, documents, speakers: head.speakers };
  const termNorms = restoration.list<string>('termNorms');
  const termIds = new Map<string, number>();
  for (const [id, norm] of termNorms.entries()) {
    termIds.set(norm, id);
    if (id % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  const occurrences = new Int32Array(head.occurrences);
  let filled = 0;
  for (const chunk of restoration.list<Int32Array>('occurrences')) {
    if (!(chunk instanceof Int32Array) || filled + chunk.length > occurrences.length)
      throw new CorpusValidationError(SHAPE_ERROR);
    occurrences.set(chunk, filled);
    filled += chunk.length;
  }
  if (filled !== occurrences.length) throw new CorpusValidationError(SHAPE_ERROR);
  const quotes: QuoteIndex = {
    ...head.quotes,
    corpus,
    documents: restoration.quoteDocuments,
    units: restoration.units,
    termIds,
    termNorms,
    postings: restoration.list<number[]>('postings'),
    occurrences,
  };
  const miniSearch: MiniSearchPlain = {
    ...head.miniSearch,
    documentIds: await objectOf(restoration.list<[string, unknown]>('documentIds'), clock),
    fieldLength: await objectOf(restoration.list<[string, number[]]>('fieldLength'), clock),
    storedFields: await objectOf(restoration.list<[string, unknown]>('storedFields'), clock),
    index: await indexOf(restoration.list<PostingsPart>('index'), clock),
  };
  const persisted: PersistedSearch = {
    ...head.search,
    sentences: restoration.sentences,
    documentFrequency: await mapOf(restoration.list<[string, number]>('documentFrequency'), clock),
    vocabulary: await setOf(restoration.list<string>('vocabulary'), clock),
    capitalised: await mapOf(restoration.list<[string, Capitalisation]>('capitalised'), clock),
    miniSearch,
  };
  await clock.pause();
  const search = await restoreSearchIndexInSlices(corpus, persisted);
  return { corpus, search, quotes, refused: head.refused };
}

async function mapOf<Key, Value>(entries: readonly [Key, Value][], clock: SliceClock): Promise<Map<Key, Value>> {
  const map = new Map<Key, Value>();
  for (const [position, [key, value]] of entries.entries()) {
    map.set(key, value);
    if (position % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  return map;
}

async function setOf<Item>(items: readonly Item[], clock: SliceClock): Promise<Set<Item>> {
  const set = new Set<Item>();
  for (const [position, item] of items.entries()) {
    set.add(item);
    if (position % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  return set;
}

/** MiniSearch's index again from its parts, which come in term order. */
async function indexOf(parts: readonly PostingsPart[], clock: SliceClock): Promise<IndexEntry[]> {
  const index: IndexEntry[] = [];
  let moved = 0;
  for (const [term, fieldId, shortIds, frequencies] of parts) {
    let entry = index.at(-1);
    if (entry?.[0] !== term) {
      entry = [term, {}];
      index.push(entry);
    }
    const fields = entry[1];
    fields[fieldId] ??= {};
    const postings = fields[fieldId];
    shortIds.forEach((shortId, position) => {
      postings[shortId] = frequencies[position] as number;
    });
    moved += shortIds.length + 1;
    if (moved >= ITEMS_PER_SLICE) {
      moved = 0;
      await clock.pause();
    }
  }
  return index;
}

async function objectOf<Value>(entries: readonly [string, Value][], clock: SliceClock): Promise<Record<string, Value>> {
  const object: Record<string, Value> = {};
  for (const [position, [key, value]] of entries.entries()) {
    object[key] = value;
    if (position % ITEMS_PER_SLICE === 0) await clock.pause();
  }
  return object;
}
