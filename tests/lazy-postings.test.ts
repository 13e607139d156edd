import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../src/corpus/build-corpus.js';
import { prepareDelta } from '../src/snapshot/apply-delta.js';
import { buildAnalysedSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { corpusDelta } from '../src/snapshot/corpus-delta.js';
import { restoreSnapshot } from '../src/snapshot/restore-segments.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { digestSources } from '../src/snapshot/snapshot-key.js';
import { snapshotSegments } from '../src/snapshot/write-segments.js';
import { LazyFieldPostings } from '../src/search/lazy-postings.js';
import type { SearchIndex } from '../src/search/search-index.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';
import { segmentsOf } from './helpers/stored-segments.js';

/** One pair of one term: field 0, sentence 1. */
function runOf() {
  return {
    fieldIds: Int32Array.of(0),
    counts: Int32Array.of(1),
    shortIds: Int32Array.of(1),
    frequencies: Int32Array.of(1),
    fromPair: 0,
    toPair: 1,
    position: 0,
  };
}

/** Two runs of one term: field 0 with sentences 7 and 9, then field 1 with sentence 7 (a term cut across blocks). */
function twoRuns(): LazyFieldPostings {
  const postings = new LazyFieldPostings();
  postings.addRun({
    fieldIds: Int32Array.of(0),
    counts: Int32Array.of(2),
    shortIds: Int32Array.of(7, 9),
    frequencies: Int32Array.of(1, 3),
    fromPair: 0,
    toPair: 1,
    position: 0,
  });
  postings.addRun({
    fieldIds: Int32Array.of(5, 1),
    counts: Int32Array.of(4, 1),
    shortIds: Int32Array.of(1, 2, 3, 4, 7),
    frequencies: Int32Array.of(1, 1, 1, 1, 2),
    fromPair: 1,
    toPair: 2,
    position: 4,
  });
  return postings;
}

/** "field: sentence×frequency ..." for each field, in the map's order. */
const asPlain = (postings: Map<number, Map<number, number>>) =>
  [...postings]
    .map(([field, frequencies]) => `${field}: ${[...frequencies].map(([id, count]) => `${id}×${count}`).join(' ')}`)
    .join('; ');

describe('postings kept in typed arrays until read', () => {
  it('read as the map they stand for, whichever way they are first read', () => {
    expect(asPlain(twoRuns())).toBe('0: 7×1 9×3; 1: 7×2');
    expect(twoRuns().size).toBe(2);
    expect([...twoRuns().keys()]).toEqual([0, 1]);
    expect(twoRuns().get(0)?.get(9)).toBe(3);
    expect(twoRuns().has(1)).toBe(true);
    expect(twoRuns().has(5)).toBe(false);
    const visited: number[] = [];
    twoRuns().forEach((_frequencies, field) => {
      visited.push(field);
    });
    expect(visited).toEqual([0, 1]);
  });

  it('keep what was stored when changed before being read', () => {
    const added = twoRuns();
    added.set(2, new Map([[4, 1]]));
    expect(asPlain(added)).toBe('0: 7×1 9×3; 1: 7×2; 2: 4×1');
    const removed = twoRuns();
    expect(removed.delete(0)).toBe(true);
    expect(asPlain(removed)).toBe('1: 7×2');
    const cleared = twoRuns();
    cleared.clear();
    expect(cleared.size).toBe(0);
    expect(() => cleared.addRun(runOf())).toThrow(/already/);
  });
});

const seeds: SourceText[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(path.join(SEEDS_DIR, id), 'utf8') }));
const oslo: SourceText = {
  id: 'z_oslo.txt',
  text: 'Talks in Oslo\n\nForeign Minister Sergey Lavrov arrived in Oslo on Monday. "We expect nothing new from Washington," Lavrov said.\n',
};
const geneva: SourceText = {
  id: 'z_geneva.txt',
  text: 'Talks in Geneva\n\nForeign Minister Sergey Lavrov arrived in Geneva on Friday. "We expect a chance to talk about arms control," Lavrov said.\n',
};
const QUESTIONS = ['What did Lavrov say about Washington?', 'Oslo talks', 'Geneva arms control', 'Pompeo Sochi'];

describe('a restored search index, changed by a delta reload', () => {
  it('ranks as a full build of the new corpus does', async () => {
    const before = [...seeds, oslo, geneva];
    const analysed = buildAnalysedSnapshot(before);
    // Budgets this small cut the term index into many blocks, a term's postings across several.
    const tiny = { documentCharacters: 1, ledgerBytes: 1, items: 7, occurrences: 100 };
    const segments = snapshotSegments(analysed, tiny).map((segment) => serialize(segment));
    const digests = await digestSources(before, SliceClock.unsliced());
    const restored = await restoreSnapshot(segmentsOf(segments), digests, SliceClock.unsliced());
    const after = [
      ...seeds,
      { ...oslo, text: `${oslo.text}\nThe talks in Oslo went on late, a spokesman said, "and Washington knows it."\n` },
    ];
    const delta = corpusDelta(analysed.ledger, after);
    if (!delta) throw new Error('expected a delta');
    const changed = (await prepareDelta(restored, delta, SliceClock.unsliced())).commit().search;
    const full = buildAnalysedSnapshot(after).snapshot.search;
    // Sentences of equal score may come in another order: MiniSearch lists the changed ones last.
    const ranked = (index: SearchIndex, question: string) =>
      index
        .search(question, 50)
        .passages.map((passage) => `${passage.id} ${passage.score}`)
        .sort();
    for (const question of QUESTIONS) expect(ranked(changed, question)).toEqual(ranked(full, question));
    expect(ranked(changed, 'Oslo talks').length).toBeGreaterThan(0);
  });
});
