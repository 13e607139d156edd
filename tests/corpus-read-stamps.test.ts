import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';

let directory: string;
const anHourAgo = new Date(Date.now() - 3_600_000);

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'verbatim-stamps-'));
  cpSync(SEEDS_DIR, directory, { recursive: true });
  for (const name of readdirSync(directory)) utimesSync(path.join(directory, name), anHourAgo, anHourAgo);
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('reading the corpus directory with stamps', () => {
  it('stamps a file that settled before the read, and not one modified just now', async () => {
    writeFileSync(path.join(directory, 'fresh.txt'), 'Fresh\n\nLavrov said it was fresh.\n');
    const { sources } = await readCorpusDir(directory, 1_000_000);
    const stamps = new Map(sources.map((source) => [source.id, source.stamp]));
    expect(stamps.get('fresh.txt')).toBeUndefined();
    expect([...stamps].filter(([id]) => id !== 'fresh.txt').every(([, stamp]) => typeof stamp === 'string')).toBe(true);
  });

  it('leaves unread the files the caller knows by their stamp, and reads a file whose stamp changed', async () => {
    const first = await readCorpusDir(directory, 1_000_000);
    const known = new Map(first.sources.map((source) => [source.id, source.stamp]));
    const [changed] = first.sources;
    if (!changed) throw new Error('no seeds');
    writeFileSync(path.join(directory, changed.id), `${changed.text}\nOne more line.\n`);
    utimesSync(path.join(directory, changed.id), anHourAgo, anHourAgo);
    const again = await readCorpusDir(directory, 1_000_000, { known: (name, stamp) => known.get(name) === stamp });
    expect(again.sources.map((source) => source.id)).toEqual([changed.id]);
    expect(again.unread.map((file) => file.id)).toEqual(first.sources.slice(1).map((source) => source.id));
    expect(again.unread.every((file) => file.stamp === known.get(file.id))).toBe(true);
  });

  it('reads a file rewritten to the same size with its old modification time put back (cp -p, rsync -t)', async () => {
    const first = await readCorpusDir(directory, 1_000_000);
    const known = new Map(first.sources.map((source) => [source.id, source.stamp]));
    const [changed] = first.sources;
    if (!changed) throw new Error('no seeds');
    const swapped = changed.text.replace('Lavrov', 'Lavrof');
    expect(swapped).not.toBe(changed.text);
    writeFileSync(path.join(directory, changed.id), swapped);
    utimesSync(path.join(directory, changed.id), anHourAgo, anHourAgo);
    const again = await readCorpusDir(directory, 1_000_000, { known: (name, stamp) => known.get(name) === stamp });
    expect(again.sources.map((source) => source.id)).toEqual([changed.id]);
    expect(again.sources[0]?.text).toBe(swapped);
  });
});
