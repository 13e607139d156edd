import { CorpusValidationError } from './corpus-snapshot.js';
import type { Ledger } from './ledger.js';
import {
  analysesSchema,
  type Head,
  ledgerSchema,
  parsed,
  SHAPE_ERROR,
  segmentLayout,
  storedHead,
} from './segment-shapes.js';
import { unpacked } from './packed-documents.js';
import type { SliceClock } from './slice-clock.js';
import type { StoredSegments } from './snapshot-file.js';
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
export async function storedAnalyses(segments: StoredSegments, clock: SliceClock): Promise<StoredAnalyses> {
  const head = await storedHead(segments, clock);
  const layout = segmentLayout(head);
  if (segments.count < layout.ledger) throw new CorpusValidationError(SHAPE_ERROR);
  const analyses = new Map<string, DocumentAnalysis>();
  const speakerEvidence = new Map<string, SpeakerEvidence>();
  for (let offset = 0; offset < head.documentSegments; offset++) {
    const read = await segments.read(layout.documents + offset, clock);
    const { documents } = unpacked(read);
    const analysed = parsed(analysesSchema, await segments.read(layout.analyses + offset, clock));
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
 * The ledger a stored snapshot holds (see `Ledger`), its chunks left serialised (copies out of the file's window, see
 * `deserializeSegment`).
 * @throws CorpusValidationError when it is missing or does not have the expected shape.
 */
export async function storedLedger(segments: StoredSegments, clock: SliceClock, head?: Head): Promise<Ledger> {
  const stored = head ?? (await storedHead(segments, clock));
  const { ledger, files } = segmentLayout(stored);
  if (files > segments.count) throw new CorpusValidationError(SHAPE_ERROR);
  const chunks: Uint8Array[] = [];
  let registry: string | null = null;
  for (let index = ledger; index < files; index++) {
    const part = parsed(ledgerSchema, await segments.read(index, clock));
    if (registry !== null && part.registry !== registry) throw new CorpusValidationError(SHAPE_ERROR);
    registry = part.registry;
    chunks.push(...part.chunks);
    await clock.pause();
  }
  if (registry === null) throw new CorpusValidationError(SHAPE_ERROR);
  return { chunks, registry };
}
