import { CorpusValidationError, type CorpusSnapshot } from './corpus-snapshot.js';
import { assembleRestored } from './assemble-restored.js';
import { Restoration } from './restoration.js';
import {
  type DocumentsSegment,
  documentsSchema,
  type Head,
  headSchema,
  type ListSegment,
  listSchema,
  parsed,
  SHAPE_ERROR,
} from './segment-shapes.js';
import type { SliceClock } from './slice-clock.js';
import type { SourceDigest } from './snapshot-key.js';

/**
 * Reopens a stored snapshot segment by segment, yielding to the event loop between slices: it checks each
 * segment's shape, that it holds exactly the documents `sources` describe (names and texts) in order, that its
 * indexes are over that corpus, and that every quotation stands at its offsets.
 * @throws CorpusValidationError when anything does not hold.
 */
export async function restoreSnapshot(
  segments: readonly Uint8Array[],
  sources: readonly SourceDigest[],
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
  // The analyses and the ledger are for later builds and reloads, not for serving: they are not deserialised here.
  for (const bytes of rest.slice(2 * documentSegments + 1)) {
    const segment = parsed(listSchema, bytes) as ListSegment;
    if (segment.list === 'units') restoration.addUnits(segment.items);
    else for (const item of segment.items) restoration.list(segment.list).push(item);
    await clock.pause();
  }
  return assembleRestored(restoration, clock);
}
