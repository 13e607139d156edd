import { createHash } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DefaultDeserializer, type Deserializer, serialize } from 'node:v8';
import { z } from 'zod';
import type { SliceClock } from './slice-clock.js';

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
 * The segments of an open snapshot file, read on demand. Each read checks the segment against its length and
 * SHA-256; the bytes it returns are only good until the next read (they lie in a window of the file that is reused).
 */
export interface StoredSegments {
  readonly count: number;
  /**
   * One at a time, not concurrently. With `clock`, a large segment is checked in slices of it.
   * @throws Error when the segment is missing, cut short or altered.
   */
  read(index: number, clock?: SliceClock): Promise<Uint8Array>;
}

/**
 * What opening a snapshot file gave: its label and segments, not yet read, or why the file was not trusted.
 */
export type SnapshotRead =
  | { readonly ok: true; readonly label: SnapshotLabel; readonly segments: StoredSegments }
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

/** Bytes read from the file at a time: a few hundred small segments each, and little memory to touch. */
const WINDOW_BYTES = 8 * 1024 * 1024;
const HEADER_CHUNK_BYTES = 64 * 1024;
const HASH_PIECE_BYTES = 1024 * 1024;

/**
 * Opens a snapshot and hands `use` what it holds under a label `wanted` accepts (it returns why not, or null), or
 * why it is not trusted (no file, another label, another format, a length that is not the segments' sum). The
 * segments are read and checked only when `use` asks for them, through two reused windows of the file: reading the
 * whole file first (400 MB at 10,000 documents) cost more in page faults than everything the restore does with it.
 * A segment found altered makes its read throw. The file is closed when `use` settles.
 */
export async function withSnapshotFile<T>(
  file: string,
  wanted: (label: SnapshotLabel) => string | null,
  use: (read: SnapshotRead) => Promise<T>,
  windowBytes = WINDOW_BYTES,
): Promise<T> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => error);
  if (handle instanceof Error)
    return use({ ok: false, reason: handle.code === 'ENOENT' ? 'no snapshot yet' : `unreadable: ${handle.message}` });
  try {
    const read = await openedSnapshot(handle, wanted, windowBytes).catch(
      (error: Error): SnapshotRead => ({ ok: false, reason: `unreadable: ${error.message}` }),
    );
    return await use(read);
  } finally {
    await handle.close();
  }
}

async function openedSnapshot(
  handle: FileHandle,
  wanted: (label: SnapshotLabel) => string | null,
  windowBytes: number,
): Promise<SnapshotRead> {
  const head = await readHead(handle);
  if (head.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return { ok: false, reason: 'not a snapshot file' };
  const headerEnd = head.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0 || headerEnd > MAGIC.length + MAX_HEADER_BYTES) return { ok: false, reason: 'no header' };
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(head.subarray(MAGIC.length, headerEnd).toString('utf8')));
  } catch {
    return { ok: false, reason: 'malformed header' };
  }
  const label = { key: header.key, analysis: header.analysis };
  const unwanted = wanted(label);
  if (unwanted !== null) return { ok: false, reason: unwanted };
  const written = header.segments.reduce((sum, segment) => sum + segment.bytes, 0);
  const body = (await handle.stat()).size - (headerEnd + 1);
  if (body !== written)
    return { ok: false, reason: `truncated or padded: ${body} bytes where ${written} were written` };
  return { ok: true, label, segments: new FileSegments(handle, headerEnd + 1, header.segments, windowBytes) };
}

/** The file's first bytes, up to and including the header's end (or as many as a header may have). */
async function readHead(handle: FileHandle): Promise<Buffer> {
  let head = Buffer.alloc(0);
  while (head.length < MAGIC.length + MAX_HEADER_BYTES + 1) {
    const chunk = Buffer.allocUnsafe(HEADER_CHUNK_BYTES);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, head.length);
    head = Buffer.concat([head, chunk.subarray(0, bytesRead)]);
    // Another kind of file is known by its first bytes: no need to read megabytes of it looking for a header's end.
    const foreign = head.length >= MAGIC.length && head.subarray(0, MAGIC.length).toString('utf8') !== MAGIC;
    if (bytesRead === 0 || foreign || head.indexOf(0x0a, MAGIC.length) >= 0) break;
  }
  return head;
}

/** A span of the file held in memory. */
interface Window {
  bytes: Buffer;
  start: number;
  length: number;
}

/**
 * Segments read through two windows, the least recently used one refilled on a miss: a restore reads the file
 * from start to end, and a build that reuses analyses reads the documents and their analyses, two distant runs of
 * segments, in step.
 */
class FileSegments implements StoredSegments {
  readonly #handle: FileHandle;
  readonly #segments: readonly { readonly bytes: number; readonly sha256: string }[];
  readonly #offsets: number[] = [];
  readonly #windowBytes: number;
  #windows: Window[] = [];

  constructor(
    handle: FileHandle,
    bodyStart: number,
    segments: readonly { bytes: number; sha256: string }[],
    windowBytes: number,
  ) {
    this.#handle = handle;
    this.#segments = segments;
    this.#windowBytes = windowBytes;
    let offset = bodyStart;
    for (const segment of segments) {
      this.#offsets.push(offset);
      offset += segment.bytes;
    }
  }

  get count(): number {
    return this.#segments.length;
  }

  async read(index: number, clock?: SliceClock): Promise<Uint8Array> {
    const segment = this.#segments[index];
    const start = this.#offsets[index];
    if (segment === undefined || start === undefined) throw new Error(`no segment ${index} in the snapshot`);
    const window = this.#windowHolding(start, segment.bytes) ?? (await this.#fill(start, segment.bytes));
    const bytes = window.bytes.subarray(start - window.start, start - window.start + segment.bytes);
    // A megabyte at a time: the ledger's segment (17 MB at 10,000 documents) took 40 ms to hash in one go.
    const hash = createHash('sha256');
    for (let at = 0; at < bytes.length; at += HASH_PIECE_BYTES) {
      hash.update(bytes.subarray(at, at + HASH_PIECE_BYTES));
      await clock?.pause();
    }
    if (hash.digest('hex') !== segment.sha256) throw new Error(`checksum mismatch in segment ${index}`);
    return bytes;
  }

  #windowHolding(start: number, length: number): Window | undefined {
    const found = this.#windows.find(
      (window) => start >= window.start && start + length <= window.start + window.length,
    );
    if (found) this.#windows = [found, ...this.#windows.filter((window) => window !== found)];
    return found;
  }

  async #fill(start: number, least: number): Promise<Window> {
    const recycled = this.#windows.length >= 2 ? this.#windows.pop() : undefined;
    const size = Math.max(this.#windowBytes, least);
    const bytes = recycled && recycled.bytes.length >= size ? recycled.bytes : Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const { bytesRead } = await this.#handle.read(bytes, length, size - length, start + length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length < least) throw new Error('the snapshot file was cut short while it was read');
    const window = { bytes, start, length };
    this.#windows.unshift(window);
    return window;
  }
}

/**
 * One checked segment as plain data.
 * @throws Error when v8 cannot deserialise it.
 */
export function deserializeSegment(segment: Uint8Array): unknown {
  const deserializer = new CopyingDeserializer(segment);
  deserializer.readHeader();
  return deserializer.readValue();
}

type HostObjectReader = (this: Deserializer) => ArrayBufferView;
const readHostObject = (DefaultDeserializer.prototype as unknown as { _readHostObject?: HostObjectReader })
  ._readHostObject;

/**
 * Node's deserialiser, except that typed arrays come back as copies: Node's own returns views into the bytes being
 * read, which here are a reused window of the snapshot file. `_readHostObject` is Node's documented hook for them.
 */
class CopyingDeserializer extends DefaultDeserializer {
  _readHostObject(): ArrayBufferView {
    if (readHostObject === undefined) throw new Error('This Node.js has no v8 DefaultDeserializer._readHostObject.');
    return arena.copy(readHostObject.call(this));
  }
}

const ARENA_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Copies of small typed arrays, packed into shared chunks: at 10,000 documents a snapshot holds 60,000 of them, and
 * as many separate buffers made v8 collect garbage for their external memory every few slices of a reload's
 * restore (pauses of 40 to 300 ms). A chunk lives while any array in it does; consecutive restores share at most one.
 */
class TypedArrayArena {
  #chunk = new ArrayBuffer(0);
  #used = 0;

  copy(view: ArrayBufferView): ArrayBufferView {
    const length = view.byteLength;
    const source = new Uint8Array(view.buffer, view.byteOffset, length);
    if (length > ARENA_CHUNK_BYTES / 4) return rebuilt(view, source.slice().buffer, 0);
    // Aligned for the widest element (8 bytes), as a typed array's offset must be a multiple of its element size.
    let at = Math.ceil(this.#used / 8) * 8;
    if (at + length > this.#chunk.byteLength) {
      this.#chunk = new ArrayBuffer(ARENA_CHUNK_BYTES);
      at = 0;
    }
    new Uint8Array(this.#chunk, at, length).set(source);
    this.#used = at + length;
    return rebuilt(view, this.#chunk, at);
  }
}

const arena = new TypedArrayArena();

/** A view of the same kind and length as `view`, over `buffer` from byte `offset`. */
function rebuilt(view: ArrayBufferView, buffer: ArrayBuffer, offset: number): ArrayBufferView {
  if (Buffer.isBuffer(view)) return Buffer.from(buffer, offset, view.byteLength);
  if (view instanceof DataView) return new DataView(buffer, offset, view.byteLength);
  const typed = view as Uint8Array;
  const make = typed.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;
  return new make(buffer, offset, typed.length);
}
