import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, sha256 } from '../src/corpus/analyse-document.js';
import { analyseCorpus, type AnalysedCorpus, type SourceText } from '../src/corpus/build-corpus.js';
import {
  discoverSpeakers,
  findSpeakerEvidence,
  registryFromEvidence,
} from '../src/corpus/speakers/discover-speakers.js';
import { buildAnalysedSnapshot, type CorpusSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { corpusDelta, corpusDeltaFrom, ledgerRegistry } from '../src/snapshot/corpus-delta.js';
import { prepareDelta } from '../src/snapshot/apply-delta.js';
import { ledgerEntries, readLedger } from '../src/snapshot/ledger.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import type { SearchIndex } from '../src/search/search-index.js';
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
  text: 'Troops on the border\n\nShoigu inspected the troops on Tuesday. "The army is ready for anything," the minister said.\n',
};
// Names Shoigu with a title: the registry learns of him as a minister, and the troops article's "the minister", which
// the article alone leaves unnamed, is credited to him.
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

/** Builds `sources` reusing what `earlier` analysed and the speaker evidence of every text it read. */
function withEvidence(sources: readonly SourceText[], earlier: AnalysedCorpus): AnalysedCorpus & { hits: number } {
  const byKey = new Map(earlier.analyses.map((analysis) => [analysis.key, analysis]));
  const evidence = new Map(earlier.analyses.map((analysis) => [analysis.document.sha256, analysis.speakerEvidence]));
  let hits = 0;
  const built = analyseCorpus(
    sources,
    (key) => byKey.get(key),
    (textSha256) => {
      const found = evidence.get(textSha256);
      if (found) hits++;
      return found;
    },
  );
  return { ...built, hits };
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
    // The registry now knows Minister Shoigu, so the troops article's analysis changed although its text did not:
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

  it('equals a full rebuild when the speaker evidence of unchanged texts is reused too', () => {
    const more = [...base, minister]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((source) =>
        source.id === geneva.id ? { ...source, text: `${source.text}\nLavrov left at noon.\n` } : source,
      );
    const built = withEvidence(more, first);
    expect(built.corpus).toEqual(analyseCorpus(more).corpus);
    expect(built.analyses.map((analysis) => analysis.key)).toEqual(analyseCorpus(more).analyses.map((a) => a.key));
    // Every text but the changed and the added one was read for its evidence before.
    expect(built.hits).toBe(more.length - 2);
  });
});

describe('the speaker registry', () => {
  it('is the same from the evidence of each document as from the whole corpus read as one text', () => {
    const bodies = [...base, minister].map((source) => bodyOf(source.text));
    const perDocument = registryFromEvidence(bodies.map(findSpeakerEvidence));
    expect(perDocument).toEqual(registryFromEvidence([findSpeakerEvidence(bodies.join('\n\n'))]));
    expect(perDocument).toEqual(discoverSpeakers(bodies));
    expect(perDocument.entries.map((entry) => entry.speaker.name)).toContain('Sergei Shoigu');
  });

  it('keys reused evidence by the text it was found in', () => {
    const built = analyseCorpus(base);
    for (const analysis of built.analyses)
      expect(analysis.speakerEvidence).toEqual(findSpeakerEvidence(bodyOf(analysis.document.text)));
    expect(built.analyses.map((analysis) => analysis.document.sha256)).toEqual(
      base.map((source) => sha256(source.text)),
    );
  });
});

function bodyOf(text: string): string {
  const { body } = readDocument({ id: 'any.txt', text });
  return body.map((paragraph) => text.slice(paragraph.start, paragraph.end)).join('\n\n');
}

describe('a delta reload', () => {
  const { ledger } = buildAnalysedSnapshot(base);
  // With typos and long words: the spelling corrector's and the prefix search's word lists are carried over.
  const questions = [
    'What did Lavrov say about Washington?',
    'troops border',
    'Pompeo Sochi talks',
    'Geneva',
    'what did Lavorv expect from Washingtn',
    'inspected anything',
  ];

  /** The delta from the served base to `sources`, applied to a fresh copy of the served snapshot. */
  async function applied(sources: readonly SourceText[]): Promise<CorpusSnapshot | null> {
    const current = buildAnalysedSnapshot(base);
    for (const question of questions) current.snapshot.search.search(question);
    const delta = corpusDelta(current.ledger, sources);
    if (!delta) return null;
    const prepared = await prepareDelta(current.snapshot, delta, SliceClock.unsliced());
    const full = buildAnalysedSnapshot(sources).ledger;
    expect(prepared.ledger.registry).toBe(full.registry);
    expect(ledgerEntries(prepared.ledger.chunks)).toEqual(ledgerEntries(full.chunks));
    return prepared.commit();
  }

  function expectSameAsFull(snapshot: CorpusSnapshot, sources: readonly SourceText[]): void {
    const full = buildAnalysedSnapshot(sources).snapshot;
    expect(snapshot.corpus).toEqual(full.corpus);
    expect(snapshot.quotes).toEqual(full.quotes);
    const { miniSearch: _changed, ...changed } = snapshot.search.persisted();
    const { miniSearch: _fresh, ...fresh } = full.search.persisted();
    expect(changed).toEqual(fresh);
    // Sentences of equal score may come in another order: MiniSearch lists the changed ones last.
    const ranked = (index: SearchIndex, question: string) =>
      index
        .search(question, 50)
        .passages.map((passage) => `${passage.id} ${passage.score}`)
        .sort();
    for (const question of questions) expect(ranked(snapshot.search, question)).toEqual(ranked(full.search, question));
  }

  it('needs no work when nothing changed', () => {
    const delta = corpusDelta(ledger, base);
    expect(delta?.upserts).toEqual([]);
    expect(delta?.removed).toEqual([]);
  });

  it('equals a full rebuild after a change, analysing only the changed document', async () => {
    const changed = base.map((source) =>
      source.id === geneva.id
        ? { ...source, text: `${source.text}\nThe talks went on late, a spokesman said, "and we are not done."\n` }
        : source,
    );
    expect(corpusDelta(ledger, changed)?.upserts.map((document) => document.id)).toEqual([geneva.id]);
    const snapshot = await applied(changed);
    if (!snapshot) throw new Error('no delta');
    expectSameAsFull(snapshot, changed);
  });

  it('equals a full rebuild after a removal', async () => {
    const fewer = base.filter((source) => source.id !== troops.id);
    const snapshot = await applied(fewer);
    if (!snapshot) throw new Error('no delta');
    expectSameAsFull(snapshot, fewer);
  });

  it('equals a full rebuild after an addition that leaves the speaker registry as it was', async () => {
    const talks: SourceText = {
      id: 'd_talks.txt',
      text: 'Talks resume\n\nLavrov said the talks in Geneva were useful. "We will meet again soon," Lavrov said.\n',
    };
    const more = [...base, talks].sort((a, b) => a.id.localeCompare(b.id));
    const snapshot = await applied(more);
    if (!snapshot) throw new Error('no delta');
    expectSameAsFull(snapshot, more);
  });

  it('equals a full rebuild when the unchanged files were left unread by their stamps', async () => {
    const stamped = base.map((source) => ({ ...source, stamp: `stamp of ${source.id}` }));
    const current = buildAnalysedSnapshot(stamped);
    const changed = stamped.map((source) =>
      source.id === troops.id
        ? { ...source, text: `${source.text}\nShoigu left on Wednesday.\n`, stamp: 'new' }
        : source,
    );
    const read = changed.filter((source) => source.id === troops.id);
    const unread = changed
      .filter((source) => source.id !== troops.id)
      .map((source) => ({ id: source.id, stamp: source.stamp }));
    const delta = corpusDelta(current.ledger, read, unread);
    if (!delta) throw new Error('no delta');
    expect(delta.upserts.map((document) => document.id)).toEqual([troops.id]);
    expectSameAsFull((await prepareDelta(current.snapshot, delta, SliceClock.unsliced())).commit(), changed);
    // A file left unread whose stamp the ledger does not know cannot be trusted to be unchanged.
    expect(
      corpusDelta(current.ledger, read, [...unread.slice(1), { id: unread[0]?.id ?? '', stamp: 'other' }]),
    ).toBeNull();
  });

  it('uses the registry worked out ahead only when no document gives other speaker evidence', () => {
    const read = readLedger(ledger);
    const ahead = ledgerRegistry(read);
    const appended = base.map((source) =>
      source.id === geneva.id ? { ...source, text: `${source.text}\nThe talks went on late.\n` } : source,
    );
    expect(corpusDeltaFrom(read, appended, [], ahead)).toEqual(corpusDelta(ledger, appended));
    // A registry from another corpus is taken on the same condition, and the fingerprint check refuses it.
    const other = ledgerRegistry(readLedger(buildAnalysedSnapshot([minister]).ledger));
    expect(corpusDeltaFrom(read, appended, [], other)).toBeNull();
    // A document that names someone new gives other evidence: the registry is worked out again, and the delta
    // is the one made without the registry ahead.
    const renamed = base.map((source) =>
      source.id === geneva.id ? { ...source, text: `${source.text}\nMayor Anna Pick attended, Pick said.\n` } : source,
    );
    expect(corpusDeltaFrom(read, renamed, [], other)).toEqual(corpusDelta(ledger, renamed));
  });

  it('works the registry out again when a surname comes to stand alone, even with the registry ahead', () => {
    const visit: SourceText = { id: 'a_visit.txt', text: 'Plant visit\n\nAnna Pick visited the plant on Monday.\n' };
    const notes: SourceText = { id: 'b_notes.txt', text: 'Council notes\n\nThe mayor spoke at the council.\n' };
    const served = buildAnalysedSnapshot([visit, notes]).ledger;
    const read = readLedger(served);
    // "Pick" alone makes Anna Pick a person of the registry, which changes the visit article's analysis.
    const edited = { ...notes, text: `${notes.text}\nPick left early.\n` };
    expect(corpusDeltaFrom(read, [visit, edited], [], ledgerRegistry(read))).toBeNull();
    expect(corpusDelta(served, [visit, edited])).toBeNull();
  });

  it('leaves an addition that changes the speaker registry to a full build', () => {
    // The minister article teaches the registry Shoigu's name, which changes the troops article's analysis.
    const more = [...base, minister].sort((a, b) => a.id.localeCompare(b.id));
    expect(corpusDelta(ledger, more)).toBeNull();
  });

  it('leaves a changed document that cannot be served to a full build, which refuses it by name', () => {
    const broken = base.map((source) => (source.id === geneva.id ? { ...source, text: 'Headline only\n' } : source));
    expect(corpusDelta(ledger, broken)).toBeNull();
  });

  it('keeps the corpus and quote index a question started with', async () => {
    const current = buildAnalysedSnapshot(base);
    const before = current.snapshot;
    const documents = before.corpus.documents;
    const fewer = base.filter((source) => source.id !== troops.id);
    const delta = corpusDelta(current.ledger, fewer);
    if (!delta) throw new Error('no delta');
    const next = (await prepareDelta(before, delta, SliceClock.unsliced())).commit();
    expect(before.corpus.documents).toBe(documents);
    expect(before.quotes.documents.map((indexed) => indexed.document.id)).toContain(troops.id);
    expect(next.quotes.documents.map((indexed) => indexed.document.id)).not.toContain(troops.id);
  });
});
