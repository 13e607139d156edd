import { CorpusValidationError } from './corpus-snapshot.js';
import { type Ledger, sharedCopy } from './ledger.js';
import {
  analysesSchema,
  type DocumentsSegment,
  documentsSchema,
  headSchema,
  ledgerSchema,
  parsed,
  SHAPE_ERROR,
} from './segment-shapes.js';
import type { SliceClock } from './slice-clock.js';
import { sha256, type DocumentAnalysis } from '../corpus/analyse-document.js';
import type { DocumentEntities } from '../corpus/speakers/document-entities.js';
import type { SpeakerEvidence } from '../corpus/speakers/discover-speakers.js';

/** What a stored snapshot offers a build of other documents: analyses by key, speaker evidence by text hash. */
export interface StoredAnalyses {
  readonly analyses: ReadonlyMap<string, DocumentAnalysis>;
  readonly speakerEvidence: ReadonlyMap<string, SpeakerEvidence>;
}

/**
 * The document analyses and speaker evidence a stored snapshot holds, for a build of other documents (or after
 * a failed restore) to reuse: only its head, documents and analyses segments are read.
 * @throws CorpusValidationError when they do not have the expected shape.
 */
export async function storedAnalyses(segments: readonly Uint8Array[], clock: SliceClock): Promise<StoredAnalyses> {
  const [first, ...rest] = segments;
  if (!first) throw new CorpusValidationError(SHAPE_ERROR);
  const head = parsed(headSchema, first);
  const analyses = new Map<string, DocumentAnalysis>();
  const speakerEvidence = new Map<string, SpeakerEvidence>();
  for (const [index, bytes] of rest.slice(0, head.documentSegments).entries()) {
    const { documents } = parsed(documentsSchema, bytes) as unknown as DocumentsSegment;
    const analysed = parsed(analysesSchema, rest[head.documentSegments + index] ?? new Uint8Array());
    documents.forEach((document, offset) => {
      const key = analysed.analysisKeys[offset];
      const entities = analysed.entities[offset] as DocumentEntities | undefined;
      const evidence = analysed.speakerEvidence[offset];
      if (key === undefined || entities === undefined || evidence === undefined)
        throw new CorpusValidationError(SHAPE_ERROR);
      analyses.set(key, { document, entities });
      // Hashed again rather than read: the evidence must be that of this very text.
      speakerEvidence.set(sha256(document.text), evidence);
    });
    await clock.pause();
  }
  return { analyses, speakerEvidence };
}

/**
 * The ledger a stored snapshot holds (see `Ledger`), its chunks left serialised, each copied out of the file's
 * bytes into shared memory (see `sharedCopy`), in slices of `clock`: deserialised, a chunk is a view into the whole
 * file, which a message to a worker would copy in full (at 10,000 documents 400 MB for each 20 MB ledger).
 * @throws CorpusValidationError when it is missing or does not have the expected shape.
 */
export async function storedLedger(segments: readonly Uint8Array[], clock: SliceClock): Promise<Ledger> {
  const [first, ...rest] = segments;
  if (!first) throw new CorpusValidationError(SHAPE_ERROR);
  const head = parsed(headSchema, first);
  const { chunks, registry } = parsed(ledgerSchema, rest[2 * head.documentSegments] ?? new Uint8Array());
  const copies: Uint8Array[] = [];
  for (const chunk of chunks) {
    copies.push(sharedCopy(chunk));
    await clock.pause();
  }
  return { chunks: copies, registry };
}
