import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseCorpus, type AnalysedCorpus, type SourceText } from '../src/corpus/build-corpus.js';
import { buildAnalysedSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';

const seeds: SourceText[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(path.join(SEEDS_DIR, id), 'utf8') }));
const geneva: SourceText = {
  id: 'a_geneva.txt',
  text: 'Talks in Geneva\n\nForeign Minister Sergey Lavrov arrived on Monday. "We expect nothing new from Washington," Lavrov said.\n',
};
const troops: SourceText = {
  id: 'b_troops.txt',
  text: 'Troops on the border\n\nShoigu inspected the troops on Tuesday. "The army is ready for anything," Shoigu said.\n',
};
// Names Shoigu with a title: the registry learns of him, and the troops article's mentions change with it.
const minister: SourceText = {
  id: 'c_minister.txt',
  text: 'New minister\n\nDefence Minister Sergei Shoigu visited the base on Friday. "We will rebuild it," Shoigu said.\n',
};
const base = [...seeds, geneva, troops].sort((a, b) => a.id.localeCompare(b.id));

/** Builds `sources` reusing what `earlier` analysed. */
function incremental(sources: readonly SourceText[], earlier: AnalysedCorpus): AnalysedCorpus {
  const byKey = new Map(earlier.analyses.map((analysis) => [analysis.key, analysis]));
  return analyseCorpus(sources, (key) => byKey.get(key));
}

const documentOf = (built: AnalysedCorpus, id: string) => built.corpus.documents.find((document) => document.id === id);

describe('an incremental build', () => {
  const first = analyseCorpus(base);

  it('equals a full rebuild after a change, reanalysing only the changed document', () => {
    const changed = base.map((source) =>
      source.id === geneva.id
        ? { ...source, text: `${source.text}\nThe talks went on late, a spokesman said.\n` }
        : source,
    );
    const built = incremental(changed, first);
    expect(built.corpus).toEqual(analyseCorpus(changed).corpus);
    expect(built.analysed).toBe(1);
    expect(documentOf(built, troops.id)).toBe(documentOf(first, troops.id));
  });

  it('equals a full rebuild after a removal, reusing every document left', () => {
    const fewer = base.filter((source) => source.id !== geneva.id);
    const built = incremental(fewer, first);
    expect(built.corpus).toEqual(analyseCorpus(fewer).corpus);
    expect(built.analysed).toBe(0);
  });

  it('equals a full rebuild after an addition that changes the speaker registry, reanalysing the documents it touches', () => {
    const more = [...base, minister].sort((a, b) => a.id.localeCompare(b.id));
    const full = analyseCorpus(more);
    const built = incremental(more, first);
    expect(built.corpus).toEqual(full.corpus);
    // The registry now knows Shoigu, so the troops article's analysis changed although its text did not:
    // reusing it by its text alone would have served a stale speaker.
    expect(documentOf(full, troops.id)).not.toEqual(documentOf(first, troops.id));
    expect(documentOf(built, troops.id)).not.toBe(documentOf(first, troops.id));
    expect(documentOf(built, geneva.id)).toBe(documentOf(first, geneva.id));
    expect(built.analysed).toBeGreaterThanOrEqual(2);
    expect(built.analysed).toBeLessThan(more.length);
  });

  it('gives the same snapshot, indexes included, as a full build', () => {
    const more = [...base, minister].sort((a, b) => a.id.localeCompare(b.id));
    const byKey = new Map(first.analyses.map((analysis) => [analysis.key, analysis]));
    const reused = buildAnalysedSnapshot(more, undefined, (key) => byKey.get(key)).snapshot;
    const full = buildAnalysedSnapshot(more).snapshot;
    expect(reused.corpus).toEqual(full.corpus);
    expect(reused.quotes).toEqual(full.quotes);
    expect(reused.search.persisted()).toEqual(full.search.persisted());
  });
});
