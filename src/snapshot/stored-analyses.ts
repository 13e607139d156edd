import { type AnalysedSnapshot, type CorpusSnapshot, CorpusValidationError } from './corpus-snapshot.js';
import { ledgerEntry, type LedgerEntry } from './corpus-delta.js';
import type { SourceText } from '../corpus/build-corpus.js';
import {
  analysesSchema,
  type DocumentsSegment,
  documentsSchema,
  headSchema,
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

/** The ledger of a snapshot just built from `sources` (see `LedgerEntry`). */
export function builtLedger(built: AnalysedSnapshot, sources: readonly SourceText[]): LedgerEntry[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return built.analyses.map((analysis) => ledgerEntry(byId.get(analysis.document.id) as SourceText, analysis));
}

/**
 * The ledger of a snapshot restored from `segments` over `sources`, from its analyses segments (which the restore
 * itself leaves alone).
 * @throws CorpusValidationError when they do not have the expected shape or do not cover the corpus.
 */
export async function storedLedger(
  segments: readonly Uint8Array[],
  snapshot: CorpusSnapshot,
  sources: readonly SourceText[],
  clock: SliceClock,
): Promise<LedgerEntry[]> {
  const [first, ...rest] = segments;
  if (!first) throw new CorpusValidationError(SHAPE_ERROR);
  const head = parsed(headSchema, first);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const ledger: LedgerEntry[] = [];
  for (const bytes of rest.slice(head.documentSegments, 2 * head.documentSegments)) {
    const analysed = parsed(analysesSchema, bytes);
    analysed.analysisKeys.forEach((key, offset) => {
      const document = snapshot.corpus.documents[ledger.length];
      const source = document && byId.get(document.id);
      const entities = analysed.entities[offset] as DocumentEntities | undefined;
      const speakerEvidence = analysed.speakerEvidence[offset];
      if (!document || !source || entities === undefined || speakerEvidence === undefined)
        throw new CorpusValidationError(SHAPE_ERROR);
      ledger.push(ledgerEntry(source, { document, entities, key, speakerEvidence }));
    });
    await clock.pause();
  }
  if (ledger.length !== snapshot.corpus.documents.length) throw new CorpusValidationError(SHAPE_ERROR);
  return ledger;
}
