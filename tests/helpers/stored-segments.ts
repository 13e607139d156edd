import type { StoredSegments } from '../../src/snapshot/snapshot-file.js';

/** Serialised segments held in memory, read as a snapshot file's are. */
export function segmentsOf(segments: readonly Uint8Array[]): StoredSegments {
  return {
    count: segments.length,
    read: async (index) => {
      const bytes = segments[index];
      if (bytes === undefined) throw new Error(`no segment ${index} in the snapshot`);
      return bytes;
    },
  };
}
