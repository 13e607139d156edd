import {
  chmodSync,
  closeSync,
  cpSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../src/app/corpus-store.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { RT, SEEDS_DIR, SPUTNIK } from './helpers/seed-corpus.js';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'verbatim-bad-files-'));
  cpSync(SEEDS_DIR, directory, { recursive: true });
  for (const name of readdirSync(directory)) chmodSync(path.join(directory, name), 0o644);
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

/** A file of `bytes` bytes that takes no disk space: its size is metadata only. */
function sparseFile(file: string, bytes: number): void {
  const descriptor = openSync(file, 'w');
  ftruncateSync(descriptor, bytes);
  closeSync(descriptor);
}

function reasons(refused: readonly { file: string; reason: string }[]): Record<string, string> {
  return Object.fromEntries(refused.map((entry) => [entry.file, entry.reason]));
}

const GIB = 1024 ** 3;

describe('one bad file never stops the corpus', () => {
  it('refuses tiny, headline-only, huge, non-document, linked and nested entries by name and loads the rest', async () => {
    writeFileSync(path.join(directory, 'one-character.txt'), 'x');
    writeFileSync(path.join(directory, 'headline-only.txt'), 'Pompeo arrives in Sochi for talks with Putin\n');
    sparseFile(path.join(directory, 'huge.txt'), 2.5 * GIB);
    sparseFile(path.join(directory, 'video.mp4'), Math.round(1.9 * GIB));
    symlinkSync(path.join(directory, RT), path.join(directory, 'linked.txt'));
    mkdirSync(path.join(directory, 'drafts.txt'));
    writeFileSync(path.join(directory, '.notes.txt'), 'private notes');

    const store = new CorpusStore({ directory, maxDocumentBytes: 1_000_000 });
    const report = await store.reload();

    expect(store.current.corpus.documents.map((document) => document.id)).toEqual([RT, SPUTNIK]);
    expect(report.documents).toBe(2);
    const refused = reasons(store.refused);
    expect(refused).toEqual({
      '.notes.txt': 'hidden files are not loaded',
      'drafts.txt': 'it is a directory; only files directly in the corpus directory are loaded',
      'headline-only.txt': 'it has no citable sentences',
      'huge.txt': `the file is ${2.5 * GIB} bytes; the limit is 1000000`,
      'linked.txt': 'it is a symbolic link; only regular files are loaded',
      'one-character.txt': 'it has no citable sentences',
      'video.mp4': 'only .txt and .md files are documents',
    });
    expect(report.refused).toEqual(store.refused);
  });

  it('reads the same, bad entries and files known by their stamps included, when a worker reads it blocking', async () => {
    writeFileSync(path.join(directory, 'headline-only.txt'), 'Pompeo arrives in Sochi for talks with Putin\n');
    sparseFile(path.join(directory, 'huge.txt'), 2.5 * GIB);
    symlinkSync(path.join(directory, RT), path.join(directory, 'linked.txt'));
    mkdirSync(path.join(directory, 'drafts.txt'));
    writeFileSync(path.join(directory, '.notes.txt'), 'private notes');
    writeFileSync(path.join(directory, 'video.mp4'), 'not a document');
    // Old enough to be stamped: a file modified in the last seconds is always read.
    const old = new Date('2020-01-01T00:00:00Z');
    for (const name of readdirSync(directory)) utimesSync(path.join(directory, name), old, old);
    const known = (name: string) => name === SPUTNIK;
    const blocking = await readCorpusDir(directory, 1_000_000, { known, blocking: true });
    expect(blocking).toEqual(await readCorpusDir(directory, 1_000_000, { known }));
    expect(blocking.unread.map((file) => file.id)).toEqual([SPUTNIK]);
    expect(blocking.sources.map((source) => source.id)).toContain(RT);
    expect(Object.keys(reasons(blocking.refused)).sort()).toEqual([
      '.notes.txt',
      'drafts.txt',
      'huge.txt',
      'linked.txt',
      'video.mp4',
    ]);
  });

  it('a file deleted while the directory is being read is skipped, never a failed reload', async () => {
    const store = new CorpusStore({ directory, maxDocumentBytes: 1_000_000 });
    await store.reload();
    const flicker = path.join(directory, 'flicker.txt');
    const article = readFileSync(path.join(directory, RT));
    let running = true;
    // Creates and deletes a document as fast as the event loop allows while reloads read the directory.
    const churn = (async () => {
      while (running) {
        writeFileSync(flicker, article);
        await new Promise((resolve) => setImmediate(resolve));
        rmSync(flicker, { force: true });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const outcomes = [];
    for (let attempt = 0; attempt < 30; attempt++)
      outcomes.push(
        await store.reload().then(
          () => 'ok',
          (error: Error) => error.message,
        ),
      );
    running = false;
    await churn;
    expect(outcomes.filter((outcome) => outcome !== 'ok')).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file the process cannot read', async () => {
    writeFileSync(path.join(directory, 'secret.txt'), 'Lavrov said the talks were useful.');
    chmodSync(path.join(directory, 'secret.txt'), 0o000);
    const files = await readCorpusDir(directory, 1_000_000);
    expect(reasons(files.refused)['secret.txt']).toMatch(/^cannot read it: EACCES/);
    expect(files.sources.map((source) => source.id)).toEqual([RT, SPUTNIK]);
  });

  it('keeps the documents when manifest.json is malformed, and only drops a bad entry', async () => {
    writeFileSync(path.join(directory, 'manifest.json'), '{"000_850cf3de63addd31.txt": {"title": "Pompeo');
    const broken = await readCorpusDir(directory, 1_000_000);
    expect(broken.sources.map((source) => source.id)).toEqual([RT, SPUTNIK]);
    expect(reasons(broken.refused)['manifest.json']).toMatch(
      /^it is not readable JSON \(.*\); documents load without its metadata$/,
    );

    writeFileSync(
      path.join(directory, 'manifest.json'),
      JSON.stringify({ [RT]: { date: 'May 10' }, [SPUTNIK]: { title: 'Arms control in Sochi' } }),
    );
    const partial = await readCorpusDir(directory, 1_000_000);
    expect(partial.sources.find((source) => source.id === RT)?.metadata).toBeUndefined();
    expect(partial.sources.find((source) => source.id === SPUTNIK)?.metadata).toEqual({
      title: 'Arms control in Sochi',
    });
    expect(reasons(partial.refused)['manifest.json']).toMatch(
      new RegExp(`^the entry for ${RT} is invalid \\(date: .*\\); ${RT} loads without it$`),
    );
  });

  it('says at start-up why nothing could be loaded, and a reload with nothing loadable keeps the old corpus', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'verbatim-nothing-'));
    try {
      writeFileSync(path.join(empty, 'headline.txt'), 'Pompeo arrives in Sochi\n');
      sparseFile(path.join(empty, 'movie.mp4'), 10);
      await expect(new CorpusStore({ directory: empty, maxDocumentBytes: 1_000 }).reload()).rejects.toThrow(
        'The corpus has no readable documents (headline.txt: it has no citable sentences).',
      );
      writeFileSync(path.join(empty, 'headline.txt'), '');
      await expect(new CorpusStore({ directory: empty, maxDocumentBytes: 1_000 }).reload()).rejects.toThrow(
        'The corpus has no readable documents (headline.txt: the file is empty; movie.mp4: only .txt and .md files are documents).',
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }

    const store = new CorpusStore({ directory, maxDocumentBytes: 1_000_000 });
    await store.reload();
    const before = store.current;
    for (const name of [RT, SPUTNIK]) writeFileSync(path.join(directory, name), 'Headline only\n');
    await expect(store.reload()).rejects.toThrow(/no readable documents/);
    expect(store.current).toBe(before);
    expect(readFileSync(path.join(directory, RT), 'utf8')).toBe('Headline only\n');
  });
});
