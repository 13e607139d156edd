import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deserializeSegment,
  type SnapshotRead,
  withSnapshotFile,
  writeSnapshotFile,
} from '../src/snapshot/snapshot-file.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';

let root: string;
let file: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'verbatim-snapshot-file-'));
  file = path.join(root, 'corpus.snapshot');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const LABEL = { key: 'k', analysis: 'a' };
// Segments of many sizes, one far larger than the windows used below.
const SEGMENTS = Array.from({ length: 12 }, (_, index) => ({
  index,
  words: Array.from({ length: index === 5 ? 400 : index + 1 }, (__, word) => `w${index}-${word}`),
  numbers: Uint32Array.from({ length: index + 3 }, (__, slot) => index * 100 + slot),
}));

async function readAll(order: readonly number[], windowBytes: number): Promise<unknown[]> {
  return withSnapshotFile(
    file,
    () => null,
    async (read) => {
      if (!read.ok) throw new Error(read.reason);
      const values: unknown[] = [];
      for (const index of order) values.push(deserializeSegment(await read.segments.read(index)));
      return values;
    },
    windowBytes,
  );
}

describe('a snapshot file read on demand', () => {
  it('gives every segment as written, in any order, through windows smaller than the file', async () => {
    await writeSnapshotFile(file, LABEL, SEGMENTS);
    const forward = SEGMENTS.map((segment) => segment.index);
    // Two distant runs read in step, as a build reusing documents and their analyses does.
    const interleaved = forward.slice(0, 6).flatMap((index) => [index, index + 6]);
    for (const windowBytes of [64, 1024, 8 * 1024 * 1024])
      for (const order of [forward, [...forward].reverse(), interleaved])
        expect(await readAll(order, windowBytes)).toEqual(order.map((index) => SEGMENTS[index]));
  });

  it('checks each segment when it is read: an altered one fails alone', async () => {
    await writeSnapshotFile(file, LABEL, SEGMENTS);
    const bytes = readFileSync(file);
    const third = serialize(SEGMENTS[2]);
    const at = bytes.indexOf(third);
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt8(bytes.readUInt8(at + third.length - 2) ^ 0xff, at + third.length - 2);
    writeFileSync(file, bytes);
    await expect(readAll([0, 1, 3, 11], 64)).resolves.toHaveLength(4);
    await expect(readAll([0, 2], 64)).rejects.toThrow(/^checksum mismatch in segment 2$/);
    await expect(readAll([12], 64)).rejects.toThrow(/no segment 12/);
  });

  it('checks a large segment in slices when given a clock', async () => {
    const large = { numbers: Float64Array.from({ length: 500_000 }, (_, index) => index) };
    await writeSnapshotFile(file, LABEL, [large]);
    await withSnapshotFile(
      file,
      () => null,
      async (read) => {
        if (!read.ok) throw new Error(read.reason);
        // The first read fills the window; the second reads nothing from the file, so only the clock yields.
        await read.segments.read(0);
        let turns = 0;
        let reading = true;
        const tick = (): void => {
          turns++;
          if (reading) setImmediate(tick);
        };
        setImmediate(tick);
        const bytes = await read.segments.read(0, new SliceClock(0));
        reading = false;
        expect(deserializeSegment(bytes)).toEqual(large);
        expect(turns).toBeGreaterThanOrEqual(3);
      },
    );
  });

  it('is not trusted when it is missing, unreadable, foreign, unwanted or of another length', async () => {
    const reasonFor = (wanted: () => string | null = () => null): Promise<string> =>
      withSnapshotFile(file, wanted, async (read: SnapshotRead) => (read.ok ? 'ok' : read.reason));
    expect(await reasonFor()).toBe('no snapshot yet');
    mkdirSync(file);
    expect(await reasonFor()).toMatch(/^unreadable: /);
    rmSync(file, { recursive: true });
    writeFileSync(file, 'something else\n');
    expect(await reasonFor()).toBe('not a snapshot file');
    await writeSnapshotFile(file, LABEL, SEGMENTS);
    expect(await reasonFor()).toBe('ok');
    expect(await reasonFor(() => 'another analysis')).toBe('another analysis');
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])]));
    expect(await reasonFor()).toMatch(/^truncated or padded: /);
  });
});

describe('a segment deserialised', () => {
  it('owns its typed arrays: overwriting the bytes it came from changes nothing', () => {
    const value = {
      words: Uint32Array.of(1, 2, 3, 4),
      odd: Uint8Array.of(1, 2, 3),
      weights: Float64Array.of(0.5, 1.5),
      raw: Buffer.from('abc'),
      view: new DataView(Uint8Array.of(9, 8, 7).buffer),
      large: Uint32Array.from({ length: 400_000 }, (_, index) => index),
    };
    const bytes = serialize(value);
    const restored = deserializeSegment(bytes) as typeof value;
    bytes.fill(0);
    expect([...restored.words]).toEqual([1, 2, 3, 4]);
    expect([...restored.odd]).toEqual([1, 2, 3]);
    expect([...restored.weights]).toEqual([0.5, 1.5]);
    expect(restored.raw.toString()).toBe('abc');
    expect(restored.view.getUint8(2)).toBe(7);
    expect(restored.large[399_999]).toBe(399_999);
    expect(restored.words.buffer).not.toBe(bytes.buffer);
    // Small arrays share one allocation rather than one each.
    expect(restored.weights.buffer).toBe(restored.words.buffer);
  });
});
