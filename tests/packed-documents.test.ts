import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { SourceText } from '../src/corpus/build-corpus.js';
import { buildAnalysedSnapshot, CorpusValidationError } from '../src/snapshot/corpus-snapshot.js';
import { packDocuments, unpacked } from '../src/snapshot/packed-documents.js';
import { SEEDS_DIR } from './helpers/seed-corpus.js';

const sources: SourceText[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(path.join(SEEDS_DIR, id), 'utf8') }));
const { snapshot } = buildAnalysedSnapshot(sources);
const { documents } = snapshot.corpus;
const persisted = snapshot.search.persisted();
const sentenceTerms = documents.map((document) =>
  document.sentences.map((sentence) => persisted.sentences.get(`${document.id}:${sentence.index}`)?.terms ?? ' '),
);
const quoteArrays = snapshot.quotes.documents.map(({ document: _document, ...arrays }) => arrays);
const packed = packDocuments(documents, sentenceTerms, quoteArrays);

describe('documents stored as columns', () => {
  it('unpack to the very documents, sentence terms and quote-index arrays that were packed', () => {
    const restored = unpacked(serialize(packed));
    expect(restored.documents).toEqual(documents);
    expect(restored.sentenceTerms).toEqual(sentenceTerms);
    expect(restored.quoteDocuments).toEqual(quoteArrays);
    // A quotation's text is cut from its document's text, so it stands at its offsets by construction.
    for (const document of restored.documents)
      for (const quotation of document.quotations)
        expect(document.text.slice(quotation.start, quotation.end)).toBe(quotation.text);
  });

  it('keep every quotation speaker and sentence credit, and the documents without any', () => {
    const credited = documents.flatMap((document) => document.sentences).filter((s) => s.creditedSpeaker !== null);
    expect(credited.length).toBeGreaterThan(0);
    expect(packed.speakers.length).toBeGreaterThan(0);
    const bare = { ...documents[0], sentences: [], quotations: [], paragraphs: [] } as (typeof documents)[number];
    const empty = {
      ...quoteArrays[0],
      terms: new Int32Array(0),
      starts: new Int32Array(0),
      ends: new Int32Array(0),
      flags: new Uint8Array(0),
      quotationUnits: new Int32Array(0),
      narrationUnits: new Int32Array(0),
    } as (typeof quoteArrays)[number];
    const restored = unpacked(serialize(packDocuments([bare], [[]], [empty])));
    expect(restored.documents[0]?.sentences).toEqual([]);
    expect(restored.sentenceTerms).toEqual([[]]);
  });

  it('refuse columns whose lengths disagree, an unknown paragraph kind, a speaker out of range, a mention of no one', () => {
    const broken = [
      { ...packed, sentenceStarts: packed.sentenceStarts.subarray(1) },
      { ...packed, titles: packed.titles.slice(1) },
      { ...packed, quoteFlags: new Uint8Array(packed.quoteFlags.length + 1) },
      { ...packed, paragraphKinds: new Uint8Array(packed.paragraphKinds.length).fill(9) },
      { ...packed, quotationSpeakers: new Int32Array(packed.quotationSpeakers.length).fill(packed.speakers.length) },
      { ...packed, mentionPersons: new Int32Array(packed.mentionPersons.length).fill(-1) },
      { ...packed, mentionEnds: packed.mentionEnds.subarray(1) },
      { ...packed, kind: 'analyses' },
    ];
    for (const columns of broken) expect(() => unpacked(serialize(columns))).toThrow(CorpusValidationError);
  });
});
