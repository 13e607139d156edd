import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { SliceClock } from './slice-clock.js';

const MAGIC = 'verbatim-snapshot-segments\n';
/** The header lists every segment: room for many thousands of them, and a bound on what is parsed before any check. */
const MAX_HEADER_BYTES = 4_000_000;
const headerSchema = z
  .object({
    key: z.string(),
    analysis: z.string(),
    segments: z.array(
      z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    ),
  })
  .strict();

/** What a snapshot is filed under: its documents' key, and the version of the analysis code that made it. */
export interface SnapshotLabel {
  readonly key: string;
  readonly analysis: string;
}

/**
 * What reading a snapshot file gave: its label and segments, each checked against its length and SHA-256 but
 * not yet deserialised (the caller does that one by one, between yields), or why the file was not trusted.
 */
export type SnapshotRead =
  | { readonly ok: true; readonly label: SnapshotLabel; readonly segments: readonly Uint8Array[] }
  | { readonly ok: false; readonly reason: string };

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes `segments` (plain data, each serialised on its own with v8) under `label`, with each one's length and
 * SHA-256, to a temporary file renamed into place, so a reader never sees half a snapshot under the final name.
 * Small segments let a reader deserialise them one at a time without blocking its event loop for long.
 */
export async function writeSnapshotFile(
  file: string,
  label: SnapshotLabel,
  segments: readonly unknown[],
): Promise<number> {
  const bodies = segments.map((segment) => serialize(segment));
  const header = `${MAGIC}${JSON.stringify({ key: label.key, analysis: label.analysis, segments: bodies.map((body) => ({ bytes: body.length, sha256: sha256(body) })) })}\n`;
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    // Written a segment at a time, not joined first: freeing one buffer of the whole file (400 MB at 10,000
    // documents) held the process's memory map long enough to stall the main thread for a quarter of a second.
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(Buffer.from(header, 'utf8'));
      for (const body of bodies) await handle.writeFile(body);
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return Buffer.byteLength(header) + bodies.reduce((sum, body) => sum + body.length, 0);
}

/**
 * Reads a snapshot whose label `wanted` accepts (it returns why not, or null). Anything else (no file, another
 * label, another format, a truncated or altered segment) is reported with the reason, and no segment of it is
 * returned. Checksums are computed a segment at a time with yields in between.
 */
export async function readSnapshotFile(
  file: string,
  wanted: (label: SnapshotLabel) => string | null,
  clock = new SliceClock(),
): Promise<SnapshotRead> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error)
    return { ok: false, reason: bytes.code === 'ENOENT' ? 'no snapshot yet' : `unreadable: ${bytes.message}` };
  if (bytes.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return { ok: false, reason: 'not a snapshot file' };
  const headerEnd = bytes.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0 || headerEnd > MAGIC.length + MAX_HEADER_BYTES) return { ok: false, reason: 'no header' };
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed header' };
  }
  const label = { key: header.key, analysis: header.analysis };
  const unwanted = wanted(label);
  if (unwanted !== null) return { ok: false, reason: unwanted };
  const written = header.segments.reduce((sum, segment) => sum + segment.bytes, 0);
  const body = bytes.subarray(headerEnd + 1);
  if (body.length !== written)
    return { ok: false, reason: `truncated or padded: ${body.length} bytes where ${written} were written` };
  const segments: Uint8Array[] = [];
  let offset = 0;
  for (const [index, segment] of header.segments.entries()) {
    const part = body.subarray(offset, offset + segment.bytes);
    offset += segment.bytes;
    if (sha256(part) !== segment.sha256) return { ok: false, reason: `checksum mismatch in segment ${index}` };
    segments.push(part);
    await clock.pause();
  }
  return { ok: true, label, segments };
}

/**
 * One checked segment as plain data.
 * @throws Error when v8 cannot deserialise it.
 */
export function deserializeSegment(segment: Uint8Array): unknown {
  return deserialize(segment);
}
