import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { loadOrBuildServed, type SnapshotEvent } from '../src/snapshot/snapshot-cache.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';
import type { SourceText } from '../src/corpus/build-corpus.js';
import { buildAnalysedSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { corpusDelta, receivedDelta, sentDelta } from '../src/snapshot/corpus-delta.js';
import { ledgerChunks, readLedger } from '../src/snapshot/ledger.js';
import { snapshotSegments } from '../src/snapshot/write-segments.js';
import { storedLedger } from '../src/snapshot/stored-analyses.js';
import { CorpusValidationError } from '../src/snapshot/corpus-snapshot.js';
import { serialize } from 'node:v8';
import { segmentsOf } from './helpers/stored-segments.js';

/** 120 short articles: three ledger chunks of up to 50 entries. */
const sources: SourceText[] = Array.from({ length: 120 }, (_, index) => ({
  id: `article_${String(index).padStart(3, '0')}.txt`,
  text: `Council notes ${index}\n\n“The budget for week ${index} is settled,” Mayor Alice Brown said on Monday.\n`,
}));

describe('the ledger in chunks', () => {
  const analysed = buildAnalysedSnapshot(sources);
  const { ledger } = analysed;
  const read = readLedger(ledger);

  it('is stored in as many segments as its budget needs, and read back whole from them', async () => {
    const budget = { documentCharacters: 20_000, ledgerBytes: 1, items: 2_000, occurrences: 250_000 };
    const stored = snapshotSegments(analysed, budget);
    const parts = stored.filter((segment) => (segment as { kind?: string }).kind === 'ledger');
    expect(parts).toHaveLength(3);
    const bytes = stored.map((segment) => serialize(segment));
    const restored = await storedLedger(segmentsOf(bytes), SliceClock.unsliced());
    expect(restored.registry).toBe(ledger.registry);
    expect(readLedger(restored).entries).toEqual(read.entries);
    // Parts that disagree on the registry are not one ledger.
    const first = stored.indexOf(parts[0]);
    const altered = bytes.map((segment, index) =>
      index === first ? serialize({ ...(parts[0] as object), registry: 'another' }) : segment,
    );
    await expect(storedLedger(segmentsOf(altered), SliceClock.unsliced())).rejects.toThrow(CorpusValidationError);
  });

  it('reads back every entry, with where each chunk starts', () => {
    expect(read.entries.map((entry) => entry.id)).toEqual(sources.map((source) => source.id));
    expect(read.chunkStarts).toEqual([0, 50, 100]);
  });

  it('reuses the chunks whose entries are unchanged and in place, and writes the others again', () => {
    const changed = read.entries.map((entry, index) => (index === 60 ? { ...entry, stamp: 'another' } : entry));
    const chunks = ledgerChunks(changed, read);
    expect(chunks[0]).toBe(read.chunks[0]);
    expect(chunks[1]).not.toBe(read.chunks[1]);
    expect(chunks[2]).toBe(read.chunks[2]);
    expect(readLedger({ chunks, registry: ledger.registry }).entries).toEqual(changed);
  });

  it('writes every chunk again when an entry is removed and the rest move up', () => {
    const fewer = read.entries.filter((_, index) => index !== 10);
    const chunks = ledgerChunks(fewer, read);
    expect(chunks.some((chunk, index) => chunk === read.chunks[index])).toBe(false);
    expect(readLedger({ chunks, registry: ledger.registry }).entries).toEqual(fewer);
  });

  it('gives a delta whose ledger keeps the untouched chunks and equals a full build’s', () => {
    const edited = sources.map((source, index) =>
      index === 110 ? { ...source, text: `${source.text}\nThe council rose at noon.\n` } : source,
    );
    const delta = corpusDelta(ledger, edited);
    expect(delta?.upserts.map((document) => document.id)).toEqual([sources[110]?.id]);
    expect(delta?.ledger.chunks.slice(0, 2)).toEqual(ledger.chunks.slice(0, 2));
    expect(delta?.ledger.chunks[0]).toBe(ledger.chunks[0]);
    expect(readLedger(delta?.ledger ?? ledger).entries).toEqual(
      readLedger(buildAnalysedSnapshot(edited).ledger).entries,
    );
  });

  it('restores a stored ledger whose chunks own their bytes, in shared memory, not views into the whole snapshot file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'verbatim-ledger-'));
    try {
      const file = path.join(root, 'corpus.snapshot');
      const { sources } = await readCorpusDir(SEEDS_DIR, 1_000_000);
      const events: SnapshotEvent[] = [];
      const open = () =>
        loadOrBuildServed(
          file,
          sources,
          (event) => events.push(event),
          () => {},
          SliceClock.unsliced(),
          true,
        );
      const built = await open();
      const restored = await open();
      expect(events.map((event) => event.kind)).toEqual(['ignored', 'saved', 'restored']);
      expect(restored.ledger?.chunks.length).toBe(built.ledger?.chunks.length);
      expect(readLedger(restored.ledger ?? ledger).entries).toEqual(readLedger(built.ledger ?? ledger).entries);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('sends a delta with the chunks the main thread holds as their indexes, and reads it back whole', () => {
    const edited = sources.map((source, index) =>
      index === 110 ? { ...source, text: `${source.text}\nThe council rose at noon.\n` } : source,
    );
    const delta = corpusDelta(ledger, edited);
    if (!delta) throw new Error('no delta');
    const sent = sentDelta(delta, ledger.chunks);
    expect(sent.ledger.chunks.slice(0, 2)).toEqual([0, 1]);
    expect(sent.ledger.chunks[2]).toBeInstanceOf(Uint8Array);
    expect(receivedDelta(sent, ledger.chunks)).toEqual(delta);
    expect(receivedDelta(sent, ledger.chunks.slice(0, 1))).toBeNull();
  });
});
