import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAtMost } from '../src/corpus/read-at-most.js';

describe('readAtMost', () => {
  let directory: string;
  let file: string;
  const content = Buffer.from('x'.repeat(10_000));

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'verbatim-read-'));
    file = path.join(directory, 'grown.txt');
    await writeFile(file, content);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('reads the whole file when its size is what the stat said', async () => {
    expect(Buffer.from(await readAtMost(file, 1_000_000, content.length)).equals(content)).toBe(true);
  });

  it('reads every byte of a file that grew after its stat, growing its buffer', async () => {
    expect(Buffer.from(await readAtMost(file, 1_000_000, 3)).equals(content)).toBe(true);
  });

  it('never reads past the limit, whatever the stat said', async () => {
    expect((await readAtMost(file, 4_097, 3)).length).toBe(4_097);
    expect((await readAtMost(file, 4_097, 1_000_000)).length).toBe(4_097);
  });
});
