import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../src/app/corpus-store.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { buildSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { restoreForStart, type SnapshotEvent } from '../src/snapshot/snapshot-cache.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { RT, SEEDS_DIR } from './helpers/seed-corpus.js';

let root: string;
let corpusDir: string;
let file: string;

/** Files written an hour ago carry a stamp (a file modified in the last moments has none). */
function settle(names = readdirSync(corpusDir)): void {
  const then = new Date(Date.now() - 3_600_000);
  for (const name of names) utimesSync(path.join(corpusDir, name), then, then);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'verbatim-start-'));
  corpusDir = path.join(root, 'corpus');
  cpSync(SEEDS_DIR, corpusDir, { recursive: true });
  settle();
  file = path.join(root, 'data', 'corpus.snapshot');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function openStore(events: SnapshotEvent[]): CorpusStore {
  return new CorpusStore({
    directory: corpusDir,
    maxDocumentBytes: 1_000_000,
    snapshotFile: file,
    onSnapshot: (event) => events.push(event),
  });
}

/** A start's restore, recording which files were read and which were known by their stamps. */
async function startRestore(events: SnapshotEvent[] = []) {
  const seen = { read: [] as string[], known: [] as string[] };
  const restored = await restoreForStart(
    file,
    async (known) => {
      const files = await readCorpusDir(corpusDir, 1_000_000, { known, blocking: true });
      seen.read = files.sources.map((source) => source.id);
      seen.known = files.unread.map((entry) => entry.id);
      return files;
    },
    (event) => events.push(event),
    SliceClock.unsliced(),
  );
  return { restored, seen };
}

describe('a first start from the stored snapshot', () => {
  it('reads only the files whose stamps changed and restores exactly what was built', async () => {
    const built = openStore([]);
    await built.reload();
    const documents = built.current.corpus.documents.map((document) => document.id);
    const events: SnapshotEvent[] = [];
    const { restored, seen } = await startRestore(events);
    expect(seen.read).toEqual([]);
    expect(seen.known).toEqual(documents);
    expect(restored?.served.snapshot.corpus).toEqual(built.current.corpus);
    expect(restored?.served.snapshot.quotes).toEqual(built.current.quotes);
    expect(events.map((event) => event.kind)).toEqual(['restored']);
  });

  it('does not restore a snapshot of a file that changed since, and the store serves the new text', async () => {
    await openStore([]).reload();
    const changed = `${readFileSync(path.join(corpusDir, RT), 'utf8')}\nLavrov said the talks had ended.\n`;
    writeFileSync(path.join(corpusDir, RT), changed);
    settle([RT]);
    const { restored, seen } = await startRestore();
    expect(restored).toBeNull();
    expect(seen.read).toEqual([RT]);
    const events: SnapshotEvent[] = [];
    const store = openStore(events);
    await store.reload();
    expect(events.map((event) => event.kind)).toEqual(['ignored', 'reused', 'saved']);
    const { sources } = await readCorpusDir(corpusDir, 1_000_000);
    expect(store.current.corpus).toEqual(buildSnapshot(sources).corpus);
    expect(store.current.corpus.documents.find((document) => document.id === RT)?.text).toBe(changed);
  });

  it('does not restore when the manifest gave an unread file other metadata, and serves the new title', async () => {
    await openStore([]).reload();
    writeFileSync(path.join(corpusDir, 'manifest.json'), JSON.stringify({ [RT]: { title: 'Talks in Sochi' } }));
    const { restored, seen } = await startRestore();
    expect(seen.read).toEqual([]);
    expect(restored).toBeNull();
    const store = openStore([]);
    await store.reload();
    expect(store.current.corpus.documents.find((document) => document.id === RT)?.title).toBe('Talks in Sochi');
  });

  it('reports a damaged snapshot once, and builds', async () => {
    await openStore([]).reload();
    const bytes = readFileSync(file);
    writeFileSync(file, Buffer.concat([bytes.subarray(0, -1), Buffer.from([(bytes.at(-1) as number) ^ 0xff])]));
    const events: SnapshotEvent[] = [];
    await openStore(events).reload();
    expect(events.map((event) => event.kind)).toEqual(['ignored', 'reused', 'saved']);
    expect(events[0]).toMatchObject({ reason: expect.stringMatching(/^checksum mismatch in segment \d+$/) });
  });

  it('reads a file again when it has no stamp yet, and still restores when its text is the same', async () => {
    await openStore([]).reload();
    // Rewritten just now with the same words: too recent to carry a stamp, so it is read and hashed.
    writeFileSync(path.join(corpusDir, RT), readFileSync(path.join(corpusDir, RT)));
    const { restored, seen } = await startRestore();
    expect(seen.read).toEqual([RT]);
    expect(restored).not.toBeNull();
  });
});
