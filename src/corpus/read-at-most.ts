import { open } from 'node:fs/promises';

/**
 * Reads at most `limit` bytes, so a file that grew after its stat cannot take all memory. The buffer starts at the
 * size the stat gave (plus one byte, to see growth) and doubles only if the file grew, so reading many small files
 * under a large limit does not allocate the limit for each.
 */
export async function readAtMost(file: string, limit: number, expectedBytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    let buffer = Buffer.alloc(Math.min(limit, expectedBytes + 1));
    let filled = 0;
    while (filled < limit) {
      if (filled === buffer.length) {
        const grown = Buffer.alloc(Math.min(limit, buffer.length * 2));
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
