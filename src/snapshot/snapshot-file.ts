import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';

const MAGIC = 'verbatim-snapshot\n';
const headerSchema = z
  .object({ key: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

/** What reading a snapshot file gave: its payload, or why it was not trusted. */
export type SnapshotRead =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly reason: string };

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes `payload` (plain data: v8 serialisation) under `key`, with its length and SHA-256, to a temporary
 * file renamed into place, so a reader never sees half a snapshot under the final name.
 */
export async function writeSnapshotFile(file: string, key: string, payload: unknown): Promise<number> {
  const body = serialize(payload);
  const header = `${MAGIC}${JSON.stringify({ key, bytes: body.length, sha256: sha256(body) })}\n`;
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, Buffer.concat([Buffer.from(header, 'utf8'), body]));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return header.length + body.length;
}

/**
 * Reads a snapshot written under `key`. Anything else (no file, another key, another format, a truncated or
 * altered body) is reported with the reason and its payload never deserialised.
 */
export async function readSnapshotFile(file: string, key: string): Promise<SnapshotRead> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  if (bytes instanceof Error)
    return { ok: false, reason: bytes.code === 'ENOENT' ? 'no snapshot yet' : `unreadable: ${bytes.message}` };
  if (bytes.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return { ok: false, reason: 'not a snapshot file' };
  const headerEnd = bytes.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0 || headerEnd > MAGIC.length + 1024) return { ok: false, reason: 'no header' };
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(MAGIC.length, headerEnd).toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed header' };
  }
  if (header.key !== key) return { ok: false, reason: 'made from other documents or another analysis version' };
  const body = bytes.subarray(headerEnd + 1);
  if (body.length !== header.bytes)
    return { ok: false, reason: `truncated or padded: ${body.length} bytes where ${header.bytes} were written` };
  if (sha256(body) !== header.sha256) return { ok: false, reason: 'checksum mismatch' };
  try {
    return { ok: true, payload: deserialize(body) };
  } catch (error) {
    return { ok: false, reason: `cannot deserialise: ${(error as Error).message}` };
  }
}
