import { z } from 'zod';
import { speakerEvidenceSchema } from './speaker-evidence-schema.js';
import { CorpusValidationError, type ReadFiles } from './corpus-snapshot.js';
import { deserializeSegment, type StoredSegments } from './snapshot-file.js';
import type { SliceClock } from './slice-clock.js';
import type { CorpusDocument } from '../corpus/corpus-types.js';
import type { DocumentEntities } from '../corpus/speakers/document-entities.js';
import type { SpeakerEvidence } from '../corpus/speakers/discover-speakers.js';
import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import type { IndexedDocument, IndexUnit, QuoteIndex } from '../quotes/quote-index.js';
import type { PersistedSearch, PostingsBlock as SearchPostingsBlock } from '../search/search-index.js';

/*
 * A snapshot is stored as many small segments, so that a reader can deserialise and link them one at a time,
 * yielding to its event loop in between. No segment holds a reference into another: the indexes point into the
 * corpus by position (document, quotation, paragraph, sentence), and the restore links them again.
 */

export type MiniSearchPlain = PersistedSearch['miniSearch'];
/** Consecutive postings of MiniSearch's term index (see the search index's own type). */
export type PostingsBlock = SearchPostingsBlock;

/** Any field added to the indexes later travels in the head as it is, so it must be plain data without links. */
type SearchRest = Omit<
  PersistedSearch,
  'sentences' | 'documentFrequency' | 'vocabulary' | 'vocabularyCounts' | 'capitalised' | 'miniSearch' | 'aliases'
>;
type QuoteRest = Omit<
  QuoteIndex,
  'corpus' | 'documents' | 'units' | 'termIds' | 'termNorms' | 'postings' | 'occurrences' | 'speakers'
>;
type MiniSearchRest = Omit<MiniSearchPlain, 'documentIds' | 'fieldLength' | 'storedFields' | 'index'>;

// The speakers and the search's aliases are lists rather than part of the head, so that no one read is large
// (the head was 3 MB at 10,000 documents); the quote index's speaker directory is made again from the speakers.
export const LISTS = [
  'speakers',
  'aliases',
  'units',
  'documentFrequency',
  'vocabulary',
  'capitalised',
  'termNorms',
  'postings',
  'occurrences',
  'sentenceTables',
  'index',
] as const;
export type ListName = (typeof LISTS)[number];

export interface Head {
  readonly kind: 'head';
  readonly version: string;
  readonly refused: readonly RefusedFile[];
  readonly documents: number;
  /** The documents segments follow the head, then as many analyses segments: this many of each. */
  readonly documentSegments: number;
  /** The ledger's segments, after the analyses. */
  readonly ledgerSegments: number;
  readonly occurrences: number;
  /** How many items each list holds, so a missing segment is noticed. */
  readonly lists: Readonly<Record<ListName, number>>;
  readonly search: SearchRest;
  readonly quotes: QuoteRest;
  readonly miniSearch: MiniSearchRest;
}

/** The files a snapshot's documents were read from, so a start need not read again those that keep their stamp. */
export interface FilesSegment extends ReadFiles {
  readonly kind: 'files';
}

export type PersistedUnit = Omit<IndexUnit, 'quotation' | 'paragraph'> & {
  /** Position in the document's quotations, or -1. */
  readonly quotation: number;
  /** Position in the document's paragraphs, or -1. */
  readonly paragraph: number;
};

export interface DocumentsSegment {
  readonly kind: 'documents';
  readonly documents: readonly CorpusDocument[];
  /** The search terms of each document's sentences, in sentence order, each sentence's as one string (see `SentenceEntry`). */
  readonly sentenceTerms: readonly (readonly string[])[];
  readonly quoteDocuments: readonly Omit<IndexedDocument, 'document'>[];
}

/**
 * The analysis key, entities and speaker evidence of the documents of the documents segment in the same place,
 * for the next build to reuse (see `analyseCorpus`). A restore never reads them.
 */
export interface AnalysesSegment {
  readonly kind: 'analyses';
  readonly analysisKeys: readonly string[];
  readonly entities: readonly DocumentEntities[];
  readonly speakerEvidence: readonly SpeakerEvidence[];
}

/**
 * A part of the ledger (see `Ledger`), for the reloads after a restore, which reads its chunks as bytes; it is cut
 * into parts so that no one read takes long (the whole is 17 MB at 10,000 documents).
 */
export interface LedgerSegment {
  readonly kind: 'ledger';
  readonly chunks: readonly Uint8Array[];
  readonly registry: string;
}

export interface ListSegment {
  readonly kind: 'list';
  readonly list: ListName;
  readonly items: readonly unknown[];
}

// Shapes are checked per segment (a segment of another kind or layout means rebuild); values are then trusted
// only as far as their checksums and key, and every link is checked as it is made.
const headSchema = z.looseObject({
  kind: z.literal('head'),
  version: z.string(),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
  documents: z.number().int().nonnegative(),
  documentSegments: z.number().int().nonnegative(),
  ledgerSegments: z.number().int().positive(),
  occurrences: z.number().int().nonnegative(),
  lists: z.record(z.enum(LISTS), z.number().int().nonnegative()),
  search: z.looseObject({}),
  quotes: z.looseObject({}),
  miniSearch: z.looseObject({}),
});
export const filesSchema = z
  .object({
    kind: z.literal('files'),
    ids: z.array(z.string()),
    stamps: z.array(z.string().nullable()),
    sha256s: z.array(z.string()),
  })
  .refine((files) => files.stamps.length === files.ids.length && files.sha256s.length === files.ids.length);
const strings = z.array(z.string());
export const analysesSchema = z.looseObject({
  kind: z.literal('analyses'),
  analysisKeys: strings,
  entities: z.array(z.looseObject({})),
  // Evidence feeds the registry of every later build, so it is checked in full (it is small).
  speakerEvidence: z.array(speakerEvidenceSchema),
});
export const ledgerSchema = z.object({
  kind: z.literal('ledger'),
  chunks: z.array(z.instanceof(Uint8Array)),
  registry: z.string(),
});
export const listSchema = z.looseObject({
  kind: z.literal('list'),
  list: z.enum(LISTS),
  items: z.array(z.unknown()),
});

export const SHAPE_ERROR = 'The snapshot does not have the shape of a corpus snapshot.';

/**
 * One segment deserialised, once its shape is proven.
 * @throws CorpusValidationError when it cannot be deserialised or has another shape.
 */
export function parsed<Schema extends z.ZodType>(schema: Schema, bytes: Uint8Array): z.infer<Schema> {
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

/**
 * The head of a stored snapshot (its first segment), which says where the rest lies.
 * @throws CorpusValidationError when there is none or it does not have the expected shape.
 */
export async function storedHead(segments: StoredSegments, clock?: SliceClock): Promise<Head> {
  if (segments.count === 0) throw new CorpusValidationError(SHAPE_ERROR);
  return parsed(headSchema, await segments.read(0, clock)) as unknown as Head;
}

/**
 * Where each part of a stored snapshot lies, from its head: the head, the documents, their analyses (as many
 * segments), the ledger's segments, the files, then the lists.
 */
export function segmentLayout(head: Head): {
  readonly documents: number;
  readonly analyses: number;
  readonly ledger: number;
  readonly files: number;
  readonly lists: number;
} {
  const count = head.documentSegments;
  const files = 1 + 2 * count + head.ledgerSegments;
  return { documents: 1, analyses: 1 + count, ledger: 1 + 2 * count, files, lists: files + 1 };
}
