import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../src/corpus/corpus-types.js';
import { RestoredSentences } from '../src/search/restored-sentences.js';
import { type SentenceEntry, sentenceId } from '../src/search/sentence-entry.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';

/** Made-up terms for a document's sentences: one string per sentence, as the snapshot holds them. */
function termsOf(document: CorpusDocument): string[] {
  return document.sentences.map((sentence) => ` s${sentence.index} `);
}

/** The seeds' sentences as a restored table and as the plain map a build makes. */
function bothTables(): { restored: RestoredSentences; plain: Map<string, SentenceEntry> } {
  const restored = new RestoredSentences();
  const plain = new Map<string, SentenceEntry>();
  for (const document of loadSeedCorpus().documents) {
    const terms = termsOf(document);
    restored.addDocument(document, terms);
    for (const sentence of document.sentences)
      plain.set(sentenceId(document.id, sentence.index), { document, sentence, terms: terms[sentence.index] ?? '' });
  }
  return { restored, plain };
}

/** Every id's terms read by `termsAt` agree with the plain map's, and indexes past either end have none. */
function expectSameTerms(
  restored: RestoredSentences,
  plain: ReadonlyMap<string, SentenceEntry>,
  ids: readonly string[],
) {
  for (const id of ids) {
    const colon = id.lastIndexOf(':');
    const [documentId, index] = [id.slice(0, colon), Number(id.slice(colon + 1))];
    expect(restored.termsAt(documentId, index)).toBe(plain.get(id)?.terms);
    expect(restored.termsAt(documentId, -1)).toBeUndefined();
    expect(restored.termsAt(documentId, 10_000)).toBeUndefined();
  }
}

/** A small deterministic generator (mulberry32), so the sequence of changes is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a restored table of sentences, made into entries when read', () => {
  it('reads as the map a build makes', () => {
    const { restored, plain } = bothTables();
    expect(restored.size).toBe(plain.size);
    expect([...restored]).toEqual([...plain]);
    for (const id of plain.keys()) {
      expect(restored.get(id)).toEqual(plain.get(id));
      expect(restored.has(id)).toBe(true);
    }
    expectSameTerms(restored, plain, [...plain.keys()]);
    const [first] = plain.keys();
    for (const id of [
      '',
      'nothing',
      `${first}0`,
      `${first?.replace(/:\d+$/, ':01')}`,
      `${first?.replace(/:\d+$/, ':-1')}`,
    ])
      expect([restored.has(id), restored.get(id)]).toEqual([false, undefined]);
  });

  it('behaves as a map under any sequence of sets and deletes', () => {
    const { restored, plain } = bothTables();
    const ids = [...plain.keys(), 'new:0', 'new:1'];
    const next = random(11);
    const entry = plain.values().next().value as SentenceEntry;
    for (let step = 0; step < 2_000; step++) {
      const id = ids[Math.floor(next() * ids.length)] as string;
      if (next() < 0.5) expect(restored.delete(id)).toBe(plain.delete(id));
      else {
        const value = { ...entry, terms: ` step${step} ` };
        restored.set(id, value);
        plain.set(id, value);
      }
      expect(restored.size).toBe(plain.size);
      expect(restored.get(id)).toEqual(plain.get(id));
    }
    expect(new Map(restored)).toEqual(plain);
    expectSameTerms(restored, plain, ids);
    expect([...restored.keys()].sort()).toEqual([...plain.keys()].sort());
    const seen: string[] = [];
    restored.forEach((_, id) => {
      seen.push(id);
    });
    expect(seen.sort()).toEqual([...plain.keys()].sort());
    restored.clear();
    expect([restored.size, [...restored], restored.get(ids[0] as string)]).toEqual([0, [], undefined]);
  });

  it('refuses a document twice, or terms that do not cover its sentences', () => {
    const [document] = loadSeedCorpus().documents;
    if (!document) throw new Error('no seed');
    const table = new RestoredSentences();
    expect(() => table.addDocument(document, termsOf(document).slice(1))).toThrow(/cover/);
    table.addDocument(document, termsOf(document));
    expect(() => table.addDocument(document, termsOf(document))).toThrow(/twice/);
  });
});
