import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { loadSeedCorpus, RT, SEEDS_DIR, SPUTNIK } from './helpers/seed-corpus.js';

const corpus = loadSeedCorpus();
const rt = corpus.documents.find((document) => document.id === RT);
const sputnik = corpus.documents.find((document) => document.id === SPUTNIK);
const sliceOf = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('loading the seed corpus', () => {
  it('keeps each document byte for byte as the file holds it', () => {
    expect(rt?.text).toBe(readFileSync(path.join(SEEDS_DIR, RT), 'utf8'));
    expect(sputnik?.text).toBe(readFileSync(path.join(SEEDS_DIR, SPUTNIK), 'utf8'));
  });

  it('recovers title, outlet and date from the text itself', () => {
    expect(rt).toMatchObject({ outlet: 'RT', date: '2019-05-10' });
    expect(rt?.title).toBe(
      'US Secretary of State Pompeo to meet Russia\u2019s President Putin & Foreign Minister Lavrov on May 14',
    );
    expect(sputnik).toMatchObject({ outlet: 'UrduPoint News / Sputnik', date: '2019-05-15' });
    expect(sputnik?.title).toBe('Pompeo Leaves Sochi With US-Russian Arms Control Plan, Hope For Improving Relations');
  });

  it('gives paragraphs and sentences offsets that slice out their own text', () => {
    for (const document of corpus.documents) {
      for (const paragraph of document.paragraphs) {
        const text = sliceOf(document.text, paragraph);
        expect(text).toBe(text.trim());
        expect(text).not.toContain('\n\n');
      }
      for (const sentence of document.sentences) {
        const paragraph = document.paragraphs[sentence.paragraphIndex];
        expect(paragraph?.kind).toBe('body');
        expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? Infinity);
        expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
      }
    }
    const sentences = sputnik?.sentences.map((sentence) => sliceOf(sputnik.text, sentence)) ?? [];
    expect(sentences).toContain('The bilateral talks on arms control will continue in the coming weeks, Pompeo said.');
    expect(sentences).toContain('"We should give [Mueller] credit," Putin said.');
  });

  it('recognises headlines, datelines, teasers and boilerplate and never makes them citable', () => {
    const kinds = (document: typeof rt) =>
      document?.paragraphs.map((paragraph) => [paragraph.kind, sliceOf(document.text, paragraph).slice(0, 30)]);
    expect(kinds(rt)).toEqual(
      expect.arrayContaining([
        ['headline', 'US Secretary of State Pompeo t'],
        ['dateline', '10 May, 2019 12:08 / Updated 6'],
        ['teaser', 'Also on rt.com Did Pompeo and '],
        ['boilerplate', 'Like this story? Share it with'],
      ]),
    );
    expect(kinds(sputnik)?.slice(0, 4)).toEqual([
      ['headline', 'RPT: REVIEW - Pompeo Leaves So'],
      ['boilerplate', 'RPT: REVIEW - Pompeo Leaves So'],
      ['dateline', 'WASHINGTON (UrduPoint News / S'],
      ['body', 'US Secretary of State Mike Pom'],
    ]);
    for (const document of corpus.documents) {
      const citable = document.sentences.map((sentence) => sliceOf(document.text, sentence)).join('\n');
      expect(citable).not.toMatch(
        /Also on rt\.com|Like this story|RPT: REVIEW|WASHINGTON \(UrduPoint|Updated 6 years ago/,
      );
    }
  });

  it('lets a manifest override what the text says', () => {
    const built = buildCorpus([
      { id: RT, text: rt?.text ?? '', metadata: { outlet: 'RT (Russia Today)', date: '2019-05-11' } },
    ]);
    expect(built.documents[0]).toMatchObject({ outlet: 'RT (Russia Today)', date: '2019-05-11' });
  });

  it('changes the corpus version whenever a document changes', () => {
    const changed = buildCorpus([{ id: RT, text: `${rt?.text ?? ''}\n\nOne more paragraph.` }]);
    const same = buildCorpus([{ id: RT, text: rt?.text ?? '' }]);
    expect(changed.version).not.toBe(same.version);
    expect(buildCorpus([{ id: RT, text: rt?.text ?? '' }]).version).toBe(same.version);
  });
});

describe('reading a corpus directory', () => {
  it('refuses bad files by name and still loads the rest', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'verbatim-corpus-'));
    writeFileSync(path.join(directory, RT), readFileSync(path.join(SEEDS_DIR, RT)));
    writeFileSync(path.join(directory, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(path.join(directory, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    writeFileSync(path.join(directory, 'empty.md'), '');
    writeFileSync(path.join(directory, 'huge.txt'), 'x'.repeat(2_000));
    const files = await readCorpusDir(directory, 1_500);
    expect(files.sources.map((source) => source.id)).toEqual([]);
    const generous = await readCorpusDir(directory, 10_000);
    expect(generous.sources.map((source) => source.id)).toEqual([RT, 'huge.txt']);
    expect(Object.fromEntries(generous.refused.map((refused) => [refused.file, refused.reason]))).toEqual({
      'binary.txt': 'the file is binary (it contains NUL bytes)',
      'latin1.txt': 'the file is not valid UTF-8 text',
      'empty.md': 'the file is empty',
    });
    expect(files.refused.find((refused) => refused.file === RT)?.reason).toMatch(/limit is 1500/);
  });

  it('reads metadata from manifest.json and names the file and entry when it is invalid', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'verbatim-manifest-'));
    writeFileSync(path.join(directory, RT), readFileSync(path.join(SEEDS_DIR, RT)));
    writeFileSync(path.join(directory, 'manifest.json'), JSON.stringify({ [RT]: { title: 'Pompeo to meet Putin' } }));
    const files = await readCorpusDir(directory, 100_000);
    expect(files.sources[0]?.metadata).toEqual({ title: 'Pompeo to meet Putin' });
    writeFileSync(path.join(directory, 'manifest.json'), JSON.stringify({ [RT]: { date: 'May 10' } }));
    const invalid = await readCorpusDir(directory, 100_000);
    expect(invalid.sources.map((source) => source.id)).toEqual([RT]);
    expect(invalid.refused).toEqual([
      { file: 'manifest.json', reason: expect.stringMatching(/entry for .* is invalid \(date: /) },
    ]);
  });
});
