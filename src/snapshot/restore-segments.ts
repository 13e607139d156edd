import type { CorpusSnapshot } from './corpus-snapshot.js';
import { assembleRestored } from './assemble-restored.js';
import { Restoration } from './restoration.js';
import { type Head, type ListSegment, listSchema, parsed, segmentLayout, storedHead } from './segment-shapes.js';
import { unpacked } from './packed-documents.js';
import type { SliceClock } from './slice-clock.js';
import type { StoredSegments } from './snapshot-file.js';
import type { SourceDigest } from './snapshot-key.js';

/**
 * Reopens a stored snapshot segment by segment, yielding to the event loop between slices: it checks each
 * segment's shape, that it holds exactly the documents `sources` describe (names and texts) in order, that its
 * indexes are over that corpus, and that every quotation stands at its offsets.
 * @throws CorpusValidationError when anything does not hold.
 */
export async function restoreSnapshot(
  segments: StoredSegments,
  sources: readonly SourceDigest[],
  clock: SliceClock,
  head?: Head,
): Promise<CorpusSnapshot> {
  const restoration = new Restoration(head ?? (await storedHead(segments, clock)), sources);
  await clock.pause();
  const layout = segmentLayout(restoration.head);
  for (let index = layout.documents; index < layout.analyses && index < segments.count; index++) {
    restoration.addDocuments(unpacked(await segments.read(index, clock)));
    await clock.pause();
  }
  // The analyses and the ledger are for later builds and reloads, not for serving: they are not read here.
  for (let index = layout.lists; index < segments.count; index++) {
    const segment = parsed(listSchema, await segments.read(index, clock)) as ListSegment;
    if (segment.list === 'units') restoration.addUnits(segment.items);
    else for (const item of segment.items) restoration.list(segment.list).push(item);
    await clock.pause();
  }
  return assembleRestored(restoration, clock);
}
