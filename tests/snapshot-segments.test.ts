import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../src/corpus/build-corpus.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';
import { buildAnalysedSnapshot, CorpusValidationError } from '../src/snapshot/corpus-snapshot.js';
import { restoreSnapshot } from '../src/snapshot/restore-segments.js';
import { snapshotSegments } from '../src/snapshot/write-segments.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { digestSources, type SourceDigest } from '../src/snapshot/snapshot-key.js';
import type { PersistedSearch, PostingsBlock, SentenceTableBlock } from '../src/search/search-index.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';
import { segmentsOf } from './helpers/stored-segments.js';

const seeds: SourceText[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(path.join(SEEDS_DIR, id), 'utf8') }));
const extra: SourceText[] = ['Geneva', 'Vienna', 'Oslo'].map((city, index) => ({
  id: `z${index}_${city.toLowerCase()}.txt`,
  text: `Talks in ${city}\n\nForeign Minister Sergey Lavrov arrived in ${city} on Monday. "We expect nothing new from Washington," Lavrov said.\n\nUS Secretary of State Mike Pompeo said the meeting in ${city} was "a chance to talk about arms control."\n`,
}));
const sources = [...seeds, ...extra];
const analysed = buildAnalysedSnapshot(sources);
const built = analysed.snapshot;
// Budgets this small cut every list and every document into segments of its own.
const TINY = { documentCharacters: 1, ledgerBytes: 1, items: 7, occurrences: 100 };
const segments = snapshotSegments(analysed, TINY).map((segment) => serialize(segment));

const QUESTION = 'What did Lavrov say about New START?';
const CLAIM = { quote: 'We should give Mueller credit', speaker: 'Pompeo' };

/** MiniSearch lists its terms in the order of its radix tree, which differs between a built and a loaded index. */
function comparable(persisted: PersistedSearch): PersistedSearch {
  const index = [...persisted.miniSearch.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The restored table of sentences is a map of its own kind (`RestoredSentences`): compared by its entries.
  return { ...persisted, sentences: new Map(persisted.sentences), miniSearch: { ...persisted.miniSearch, index } };
}

/** The files' digests, as read on this thread (with their texts). */
function digested(list: readonly SourceText[]): Promise<SourceDigest[]> {
  return digestSources(list, SliceClock.unsliced());
}

describe('a snapshot stored as small segments', () => {
  it('is cut into many segments: a head, one per document here, and the lists', () => {
    expect(segments.length).toBeGreaterThan(sources.length + 20);
  });

  it('restores to exactly the snapshot that was built', async () => {
    const restored = await restoreSnapshot(segmentsOf(segments), await digested(sources), new SliceClock());
    expect(restored.corpus).toEqual(built.corpus);
    expect(restored.quotes).toEqual(built.quotes);
    expect(comparable(restored.search.persisted())).toEqual(comparable(built.search.persisted()));
    expect(restored.refused).toEqual(built.refused);
    // The indexes point into the restored corpus itself, not into copies of it.
    expect(restored.quotes.corpus).toBe(restored.corpus);
    expect(restored.quotes.documents.map((indexed) => indexed.document)).toEqual(restored.corpus.documents);
    expect(restored.quotes.documents[0]?.document).toBe(restored.corpus.documents[0]);
    const quoted = restored.quotes.units.find((unit) => unit.quotation !== null);
    expect(restored.corpus.documents[quoted?.documentIndex ?? -1]?.quotations).toContain(quoted?.quotation);
    expect(restored.search.search(QUESTION)).toEqual(built.search.search(QUESTION));
    expect(verifyQuote(restored.quotes, CLAIM)).toEqual(verifyQuote(built.quotes, CLAIM));
  });

  it('restores the same snapshot in one go, as a first start does', async () => {
    const restored = await restoreSnapshot(segmentsOf(segments), await digested(sources), SliceClock.unsliced());
    expect(restored.corpus).toEqual(built.corpus);
    expect(comparable(restored.search.persisted())).toEqual(comparable(built.search.persisted()));
    expect(restored.search.search(QUESTION)).toEqual(built.search.search(QUESTION));
  });

  it('hands the event loop back between slices while it restores', async () => {
    let turns = 0;
    let restoring = true;
    const tick = (): void => {
      turns++;
      if (restoring) setImmediate(tick);
    };
    setImmediate(tick);
    await restoreSnapshot(segmentsOf(segments), await digested(sources), new SliceClock(0));
    restoring = false;
    expect(turns).toBeGreaterThanOrEqual(segments.length - 1);
  });

  it('checks the texts by their SHA-256 when the files were read by a worker and only their digests came back', async () => {
    const digests = (await digested(sources)).map(({ id, sha256, metadataJson }) => ({ id, sha256, metadataJson }));
    const restored = await restoreSnapshot(segmentsOf(segments), digests, new SliceClock());
    expect(restored.corpus).toEqual(built.corpus);
    const changed = digests.map((digest, index) => (index === 1 ? { ...digest, sha256: '0'.repeat(64) } : digest));
    await expect(restoreSnapshot(segmentsOf(segments), changed, new SliceClock())).rejects.toThrow(
      /is not the file on disk/,
    );
  });

  it('refuses a snapshot with a segment missing, segments out of order, or other documents', async () => {
    const documentSegment = segments.findIndex((_, index) => index > 0);
    const cases: [readonly Uint8Array[], readonly SourceText[], RegExp][] = [
      [segments.filter((_, index) => index !== segments.length - 1), sources, /lacks a part of its indexes/],
      [segments.filter((_, index) => index !== documentSegment), sources, /is not the file on disk|another set/],
      [
        [segments[0] as Uint8Array, ...segments.slice(1).reverse()],
        sources,
        /not the file on disk|not over its corpus|shape of a corpus snapshot/,
      ],
      [segments, sources.slice(1), /another set of documents/],
      [
        segments,
        sources.map((source, index) => (index === 1 ? { ...source, text: `${source.text} ` } : source)),
        /not the file on disk/,
      ],
      [segments.slice(1), sources, /shape of a corpus snapshot/],
    ];
    // A block of the search index out of shape, or repeating a term that an earlier pair of postings completed.
    const termIndexSegment = segments.findIndex((bytes) => {
      const segment = deserialize(bytes) as { list?: string; items?: PostingsBlock[] };
      return segment.list === 'index' && new Set(segment.items?.[0]?.terms).size >= 3;
    });
    const withBlock = (change: (block: PostingsBlock) => unknown): Uint8Array[] =>
      segments.map((bytes, index) => {
        if (index !== termIndexSegment) return bytes;
        const segment = deserialize(bytes) as { items: PostingsBlock[] };
        return serialize({ ...segment, items: [change(segment.items[0] as PostingsBlock)] });
      });
    cases.push(
      [withBlock((block) => ({ ...block, shortIds: [...block.shortIds] })), sources, /out of shape/],
      [withBlock((block) => ({ ...block, frequencies: block.frequencies.subarray(1) })), sources, /out of shape/],
      [withBlock((block) => ({ ...block, counts: block.counts.map((count) => count + 1) })), sources, /out of shape/],
      [withBlock((block) => ({ ...block, terms: [...block.terms.slice(0, -1), block.terms[0]] })), sources, /order/],
    );
    // A block of the sentence tables out of shape, or naming a sentence a second time.
    const tableSegment = segments.findIndex(
      (bytes) => (deserialize(bytes) as { list?: string }).list === 'sentenceTables',
    );
    const withTable = (change: (block: SentenceTableBlock) => unknown): Uint8Array[] =>
      segments.map((bytes, index) => {
        if (index !== tableSegment) return bytes;
        const segment = deserialize(bytes) as { items: SentenceTableBlock[] };
        return serialize({ ...segment, items: [change(segment.items[0] as SentenceTableBlock)] });
      });
    cases.push(
      [withTable((block) => ({ ...block, fieldLengths: block.fieldLengths.subarray(1) })), sources, /out of shape/],
      [withTable((block) => ({ ...block, ids: [...block.ids.slice(0, -1), 7] })), sources, /out of shape/],
      [withTable((block) => ({ ...block, ids: [...block.ids.slice(0, -1), block.ids[0]] })), sources, /twice/],
    );
    for (const [parts, onDisk, reason] of cases) {
      const restoring = restoreSnapshot(segmentsOf(parts), await digested(onDisk), new SliceClock());
      await expect(restoring).rejects.toBeInstanceOf(CorpusValidationError);
      await expect(restoring).rejects.toThrow(reason);
    }
  });
});
