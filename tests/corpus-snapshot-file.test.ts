import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../src/app/corpus-store.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';
import { buildSnapshot, type CorpusSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { loadOrBuildSnapshot, restoreStored, type SnapshotEvent } from '../src/snapshot/snapshot-cache.js';
import { writeSnapshotFile } from '../src/snapshot/snapshot-file.js';
import {
  digestSources,
  receivedDigests,
  sentDigests,
  sentDigestsSchema,
  snapshotKey,
  snapshotKeyOf,
} from '../src/snapshot/snapshot-key.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { analysisVersion } from '../src/snapshot/analysis-version.js';
import { RT, SEEDS_DIR } from './helpers/seed-corpus.js';

let root: string;
let corpusDir: string;
let file: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'verbatim-snapshot-'));
  corpusDir = path.join(root, 'corpus');
  cpSync(SEEDS_DIR, corpusDir, { recursive: true });
  file = path.join(root, 'data', 'corpus.snapshot');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function load(): Promise<{ events: SnapshotEvent[]; snapshot: Awaited<ReturnType<typeof loadOrBuildSnapshot>> }> {
  const events: SnapshotEvent[] = [];
  const { sources } = await readCorpusDir(corpusDir, 1_000_000);
  const snapshot = await loadOrBuildSnapshot(file, sources, (event) => events.push(event));
  return { events, snapshot };
}

const QUESTION = 'What did Lavrov say about New START?';
const CLAIM = { quote: 'We should give Mueller credit', speaker: 'Pompeo' };

/** A store over the test's corpus and snapshot file, recording what it does with the snapshot. */
function openStore(events: SnapshotEvent[], buildOffThread = false, prepared: CorpusSnapshot[] = []): CorpusStore {
  return new CorpusStore({
    directory: corpusDir,
    maxDocumentBytes: 1_000_000,
    snapshotFile: file,
    onSnapshot: (event) => events.push(event),
    buildOffThread,
    prepare: async (snapshot) => {
      prepared.push(snapshot);
    },
  });
}

describe('the persisted corpus snapshot', () => {
  it('is built and saved on the first start, and restored on the next with the same answers', async () => {
    const first = await load();
    expect(first.events.map((event) => event.kind)).toEqual(['ignored', 'saved']);
    const second = await load();
    expect(second.events.map((event) => event.kind)).toEqual(['restored']);
    expect(second.snapshot.corpus).toEqual(first.snapshot.corpus);
    expect(second.snapshot.search.search(QUESTION)).toEqual(first.snapshot.search.search(QUESTION));
    expect(verifyQuote(second.snapshot.quotes, CLAIM)).toEqual(verifyQuote(first.snapshot.quotes, CLAIM));
    expect(verifyQuote(second.snapshot.quotes, CLAIM).verdict).toBe('misattributed');
  });

  it('is restored from the digests a worker sends, and only for exactly the documents they describe', async () => {
    const first = await load();
    const { sources } = await readCorpusDir(corpusDir, 1_000_000);
    const digests = receivedDigests(sentDigests(await digestSources(sources, SliceClock.unsliced())));
    expect(digests.every((digest) => digest.text === undefined)).toBe(true);
    const events: SnapshotEvent[] = [];
    const restored = await restoreStored(file, digests, (event) => events.push(event), new SliceClock());
    expect(restored?.snapshot.corpus).toEqual(first.snapshot.corpus);
    expect(restored?.ledger?.chunks.length).toBeGreaterThan(0);
    const changed = digests.map((digest, index) => (index === 0 ? { ...digest, sha256: 'f'.repeat(64) } : digest));
    expect(await restoreStored(file, changed, (event) => events.push(event), new SliceClock())).toBeNull();
    expect(await restoreStored(file, digests.slice(1), (event) => events.push(event), new SliceClock())).toBeNull();
    expect(events.map((event) => event.kind)).toEqual(['restored', 'ignored', 'ignored']);
  });

  it('is ignored and rebuilt when one document changed', async () => {
    await load();
    writeFileSync(
      path.join(corpusDir, RT),
      `${readFileSync(path.join(corpusDir, RT), 'utf8')}\nOne more line, Pompeo said.\n`,
    );
    const { events, snapshot } = await load();
    // The unchanged document's analysis is reused; only the changed one is analysed again.
    expect(events).toEqual([
      { kind: 'ignored', reason: 'made from other documents or another analysis version' },
      { kind: 'reused', documents: 1, analysed: 1 },
      expect.objectContaining({ kind: 'saved' }),
    ]);
    expect(snapshot.corpus.documents.find((document) => document.id === RT)?.text).toContain('One more line');
    // The reused analysis went through the stored snapshot, yet the corpus is the one a full build gives.
    const { sources } = await readCorpusDir(corpusDir, 1_000_000);
    expect(snapshot.corpus).toEqual(buildSnapshot(sources).corpus);
  });

  it('is ignored when truncated, altered, foreign or of another shape', async () => {
    await load();
    const good = readFileSync(file);
    const cases: [Buffer, RegExp][] = [
      [good.subarray(0, good.length - 100), /^truncated/],
      [
        Buffer.concat([good.subarray(0, good.length - 1), Buffer.from([(good.at(-1) as number) ^ 0xff])]),
        /^checksum mismatch in segment \d+$/,
      ],
      [Buffer.from('not a snapshot at all'), /^not a snapshot file$/],
    ];
    for (const [bytes, reason] of cases) {
      writeFileSync(file, bytes);
      const { events, snapshot } = await load();
      expect(events[0]).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(reason) });
      expect(snapshot.search.search(QUESTION).passages.length).toBeGreaterThan(0);
    }
    const { sources } = await readCorpusDir(corpusDir, 1_000_000);
    const analysis = await analysisVersion();
    await writeSnapshotFile(file, { key: snapshotKey(sources, analysis), analysis }, [
      { corpus: { version: 'x', documents: [] } },
    ]);
    const { events } = await load();
    expect(events[0]).toMatchObject({
      kind: 'ignored',
      reason: 'The snapshot does not have the shape of a corpus snapshot.',
    });
  });

  it('is keyed by the analysis version as well as the documents', async () => {
    const { sources } = await readCorpusDir(corpusDir, 1_000_000);
    expect(snapshotKey(sources, 'a')).not.toBe(snapshotKey(sources, 'b'));
    expect(snapshotKey(sources, 'a')).toBe(snapshotKey([...sources], 'a'));
    const withMetadata = sources.map((source, index) =>
      index === 0 ? { ...source, metadata: { outlet: 'RT', title: 'A "quoted" title' } } : source,
    );
    expect(snapshotKey(withMetadata, 'a')).not.toBe(snapshotKey(sources, 'a'));
    // Digests that crossed from a worker key the same documents the same way.
    const crossed = sentDigestsSchema.parse(
      structuredClone(sentDigests(await digestSources(withMetadata, SliceClock.unsliced()))),
    );
    expect(snapshotKeyOf(receivedDigests(crossed), 'a')).toBe(snapshotKey(withMetadata, 'a'));
  });

  it('serves the store: a start restores it, and a reload of an unchanged corpus keeps what is served', async () => {
    const events: SnapshotEvent[] = [];
    const open = () => openStore(events);
    const store = open();
    await store.reload();
    const served = store.current;
    await store.reload();
    expect(store.current.corpus).toEqual(served.corpus);
    expect(events.map((event) => event.kind)).toEqual(['ignored', 'saved']);
    await open().reload();
    expect(events.map((event) => event.kind)).toEqual(['ignored', 'saved', 'restored']);
  });

  it('works out a reload in a worker process, applies its delta, and stores the snapshot in the background', async () => {
    const events: SnapshotEvent[] = [];
    const open = () => openStore(events, true);
    const store = open();
    await store.reload();
    writeFileSync(
      path.join(corpusDir, 'new_article.txt'),
      'Talks resume\n\nLavrov said the talks were useful. "We will meet again soon," Lavrov said.\n',
    );
    const report = await store.reload();
    expect(report.added).toEqual(['new_article.txt']);
    expect(store.current.quotes.corpus.documents.map((document) => document.id)).toContain('new_article.txt');
    // The first load builds here; after the delta is served, a worker stores the new snapshot, reusing analyses.
    await store.persisted;
    expect(events.map((event) => event.kind)).toEqual(['ignored', 'saved', 'ignored', 'reused', 'saved']);
    const restarted = open();
    await restarted.reload();
    expect(events.at(-1)?.kind).toBe('restored');
    expect(restarted.current.corpus).toEqual(store.current.corpus);
    expect(restarted.current.quotes).toEqual(store.current.quotes);
  });

  it('works out reload after reload in workers that read the served ledger ahead, each equal to a full build', async () => {
    const store = openStore([], true);
    await store.reload();
    for (const round of [1, 2]) {
      writeFileSync(
        path.join(corpusDir, RT),
        `${readFileSync(path.join(corpusDir, RT), 'utf8')}\nRound ${round} ended, Lavrov said.\n`,
      );
      const report = await store.reload();
      expect(report.changed).toEqual([RT]);
      await store.persisted;
    }
    const { sources } = await readCorpusDir(corpusDir, 1_000_000);
    const full = buildSnapshot(sources);
    expect(store.current.corpus).toEqual(full.corpus);
    expect(store.current.quotes).toEqual(full.quotes);
  });

  it('builds a reload in a worker thread and restores what it stored when the speaker registry changes', async () => {
    const events: SnapshotEvent[] = [];
    const prepared: CorpusSnapshot[] = [];
    const store = openStore(events, true, prepared);
    await store.reload();
    writeFileSync(
      path.join(corpusDir, 'new_minister.txt'),
      'New minister\n\nDefence Minister Sergei Shoigu visited the base on Friday. "We will rebuild it," Shoigu said.\n',
    );
    const report = await store.reload();
    expect(report.added).toEqual(['new_minister.txt']);
    expect(events.map((event) => event.kind)).toEqual(['ignored', 'saved', 'ignored', 'reused', 'saved', 'restored']);
    expect(store.current.corpus.speakers.map((speaker) => speaker.name)).toContain('Sergei Shoigu');
    // The restored snapshot is prepared for its first question too, like one built or changed by a delta.
    expect(prepared).toHaveLength(2);
    expect(prepared[1]).toBe(store.current);
  });
});
