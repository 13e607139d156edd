import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../src/app/corpus-store.js';
import { prepareSpeakerAliases, speakersAskedAbout } from '../src/answer/speakers-asked-about.js';
import { indexPersonNames, indexPersonNamesInSlices } from '../src/search/person-names.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import type { CorpusSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { loadSeedCorpus, SEEDS_DIR } from './helpers/seed-corpus.js';

const QUESTIONS = [
  'What did Lavrov say about New START?',
  'What did the Russian foreign minister say about Venezuela?',
  'Did Sergei Ryabkov talk about arms control?',
];

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'verbatim-prepare-'));
  cpSync(SEEDS_DIR, directory, { recursive: true });
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('preparing a served snapshot for its first question', () => {
  it('builds the speakers’ names by word in slices, the same as in one go', async () => {
    const { speakers } = loadSeedCorpus();
    let pauses = 0;
    const sliced = await indexPersonNamesInSlices(speakers, async () => {
      pauses++;
    });
    const whole = indexPersonNames(speakers);
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.shared).toEqual(whole.shared);
    for (const terms of [['lavrov'], ['sergei', 'ryabkov'], ['pompeo', 'putin'], ['fm']]) {
      expect(sliced.holding(terms)).toEqual(whole.holding(terms));
      expect(sliced.withInitials(terms[0] ?? '')).toEqual(whole.withInitials(terms[0] ?? ''));
    }
  });

  it('leaves every answer as it was, the index and the alias table worked out ahead', async () => {
    const corpus = loadSeedCorpus();
    const fresh = buildSearchIndex(corpus);
    const expected = QUESTIONS.map((question) => [fresh.search(question), speakersAskedAbout(question, corpus)]);
    const prepared = buildSearchIndex(loadSeedCorpus());
    const preparedCorpus = prepared.corpus;
    await prepared.prepare(async () => {});
    await prepareSpeakerAliases(preparedCorpus, async () => {});
    const got = QUESTIONS.map((question) => [prepared.search(question), speakersAskedAbout(question, preparedCorpus)]);
    expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
  });

  it('is run by the store on every snapshot it serves, before the load or reload settles', async () => {
    const prepared: CorpusSnapshot[] = [];
    const store = new CorpusStore({
      directory,
      maxDocumentBytes: 1_000_000,
      prepare: async (snapshot, pause) => {
        await pause();
        prepared.push(snapshot);
      },
    });
    await store.reload();
    expect(prepared).toEqual([store.current]);
    writeFileSync(path.join(directory, 'extra.txt'), 'Extra\n\n"We will meet again," Lavrov said on Tuesday.\n');
    await store.reload();
    expect(prepared).toHaveLength(2);
    expect(prepared[1]).toBe(store.current);
  });
});
