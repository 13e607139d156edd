import { CorpusValidationError } from './corpus-snapshot.js';
import {
  analysesSchema,
  type DocumentsSegment,
  documentsSchema,
  headSchema,
  parsed,
  SHAPE_ERROR,
} from './segment-shapes.js';
import type { SliceClock } from './slice-clock.js';
import type { DocumentAnalysis } from '../corpus/analyse-document.js';
import type { DocumentEntities } from '../corpus/speakers/document-entities.js';

/**
 * The document analyses a stored snapshot holds, by key, for a build of other documents (or after a failed
 * restore) to reuse: only its head, documents and analyses segments are read.
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
