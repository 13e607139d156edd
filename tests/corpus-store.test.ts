import { cpSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../src/app/corpus-store.js';
import { InputError } from '../src/errors/input-error.js';
import { RT, SEEDS_DIR, SPUTNIK } from './helpers/seed-corpus.js';

let directory: string;
let store: CorpusStore;

beforeEach(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'verbatim-store-'));
  cpSync(SEEDS_DIR, directory, { recursive: true });
  store = new CorpusStore({ directory, maxDocumentBytes: 50_000 });
  await store.reload();
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const ARTICLE =
  'Lavrov and Pompeo meet again\n\nLavrov said the talks in Sochi were useful. "We will meet again soon," Lavrov said.\n';

describe('the corpus store', () => {
  it('reports what a reload changed', async () => {
    writeFileSync(path.join(directory, 'new_article.txt'), ARTICLE);
    writeFileSync(path.join(directory, RT), 'Changed headline\n\nThe RT article was replaced, Pompeo said.\n');
    rmSync(path.join(directory, SPUTNIK));
    const report = await store.reload();
    expect(report).toMatchObject({
      added: ['new_article.txt'],
      removed: [SPUTNIK],
      changed: [RT],
      documents: 2,
      quotations: 1,
      refused: [],
    });
    expect(store.current.corpus.version).toBe(report.corpusVersion);
  });

  it('reports the phases of a reload, and of an upload, as they start', async () => {
    const phases: string[] = [];
    await store.reload({ onProgress: (progress) => phases.push(JSON.stringify(progress)) });
    // Nothing changed since the store was loaded: the served corpus stays as it is.
    expect(phases).toEqual([JSON.stringify({ phase: 'files_read', documents: 2 })]);
    const uploadPhases: string[] = [];
    await store.addDocument('new_article.txt', new TextEncoder().encode(ARTICLE), {
      onProgress: (progress) => uploadPhases.push(progress.phase),
    });
    // The upload leaves the speaker registry as it was: only the new document is analysed and indexed.
    expect(uploadPhases).toEqual(['files_read', 'applying']);
  });

  it('keeps serving the old corpus when the new one is bad', async () => {
    const before = store.current;
    for (const name of readdirSync(directory)) rmSync(path.join(directory, name));
    writeFileSync(path.join(directory, 'binary.txt'), Buffer.from([0, 1, 2]));
    await expect(store.reload()).rejects.toThrow(
      'The corpus has no readable documents (binary.txt: the file is binary (it contains NUL bytes)).',
    );
    expect(store.current).toBe(before);
    rmSync(directory, { recursive: true });
    await expect(store.reload()).rejects.toThrow(/Cannot read the corpus directory/);
    expect(store.current).toBe(before);
  });

  it('adds a document and reloads, and serialises concurrent reloads', async () => {
    const [added, reloaded] = await Promise.all([
      store.addDocument('new_article.txt', Buffer.from(ARTICLE)),
      store.reload(),
    ]);
    expect(added.added).toEqual(['new_article.txt']);
    expect(reloaded.added).toEqual([]);
    expect(store.current.corpus.documents.map((document) => document.id)).toContain('new_article.txt');
  });

  it('refuses to overwrite a document unless asked to replace it, and puts back the last document when removing it fails', async () => {
    const before = store.current;
    await expect(store.addDocument(RT, Buffer.from(ARTICLE))).rejects.toThrow(`${RT} is already in the corpus.`);
    expect(store.current).toBe(before);
    const replaced = await store.addDocument(RT, Buffer.from(ARTICLE), { replace: true });
    expect(replaced.changed).toEqual([RT]);
    await store.removeDocument(RT);
    await expect(store.removeDocument(SPUTNIK)).rejects.toThrow(/no readable documents/);
    expect(readdirSync(directory)).toContain(SPUTNIK);
    expect(store.current.corpus.documents.map((document) => document.id)).toEqual([SPUTNIK]);
  });

  it.each([
    ['../escape.txt', ARTICLE, /plain \.txt or \.md file name/],
    ['sub/dir.txt', ARTICLE, /plain \.txt or \.md file name/],
    ['..hidden.txt', ARTICLE, /plain \.txt or \.md file name/],
    ['image.png', ARTICLE, /plain \.txt or \.md file name/],
    ['binary.txt', '\u0000\u0001binary', /binary/],
    ['big.txt', 'x'.repeat(60_000), /limit is 50000/],
    ['empty.txt', '', /empty/],
  ])('refuses the upload %s', async (name, content, message) => {
    const before = store.current;
    const refusal = store.addDocument(name, Buffer.from(content));
    await expect(refusal).rejects.toBeInstanceOf(InputError);
    await expect(refusal).rejects.toThrow(message);
    expect(store.current).toBe(before);
    expect(readdirSync(directory).sort()).toEqual([RT, SPUTNIK]);
  });

  it('refuses invalid UTF-8 uploads', async () => {
    await expect(store.addDocument('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]))).rejects.toThrow(
      /not valid UTF-8/,
    );
  });
});
