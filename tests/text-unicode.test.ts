import { cpSync, mkdtempSync, readdirSync, readFileSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore } from '../src/app/corpus-store.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';
import { toNfc } from '../src/text/nfc-text.js';
import { SEEDS_DIR, SPUTNIK } from './helpers/seed-corpus.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LAVROV_QUOTE = 'we paid special attention to issues of strategic stability';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'verbatim-unicode-'));
  cpSync(SEEDS_DIR, directory, { recursive: true });
  for (const name of readdirSync(directory)) chmodSync(path.join(directory, name), 0o644);
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

async function verifyIn(store: CorpusStore, quote: string) {
  await store.reload();
  return verifyQuote(store.current.quotes, { quote, speaker: null });
}

describe('offsets against the file as users read it', () => {
  it('counts a byte-order mark as the first character, as readFile(file, "utf8") does', async () => {
    const plain = readFileSync(path.join(directory, SPUTNIK));
    const store = new CorpusStore({ directory, maxDocumentBytes: 1_000_000 });
    const before = (await verifyIn(store, LAVROV_QUOTE)).match;

    writeFileSync(path.join(directory, SPUTNIK), Buffer.concat([BOM, plain]));
    const after = (await verifyIn(store, LAVROV_QUOTE)).match;

    expect(after?.source).toBe(SPUTNIK);
    const asRead = readFileSync(path.join(directory, SPUTNIK), 'utf8');
    expect(asRead.slice(after?.start, after?.end)).toBe(after?.text);
    expect(after?.start).toBe((before?.start ?? 0) + 1);
    expect(store.current.corpus.documents.find((document) => document.id === SPUTNIK)?.title).not.toMatch(/\uFEFF/);
  });

  it('removes a byte-order mark from an upload, so the stored file and its offsets agree', async () => {
    const store = new CorpusStore({ directory, maxDocumentBytes: 1_000_000 });
    await store.reload();
    const article =
      'Lavrov and Pompeo meet again\n\nLavrov said the talks in Sochi were useful. "We will certainly meet again very soon," Lavrov said.\n';
    await store.addDocument('again.txt', Buffer.concat([BOM, Buffer.from(article)]));
    expect(readFileSync(path.join(directory, 'again.txt'), 'utf8')).toBe(article);
    const match = verifyQuote(store.current.quotes, {
      quote: 'We will certainly meet again very soon',
      speaker: null,
    }).match;
    expect(article.slice(match?.start, match?.end)).toBe(match?.text);
  });
});

describe('decomposed accents', () => {
  const decomposed = 'e\u0301lan';
  const composed = '\u00E9lan';
  const article = (word: string) =>
    `Lavrov praises the talks\n\nLavrov spoke warmly of the meeting. "The talks had a new ${word} and real substance on arms control," Lavrov said.\n`;

  it.each([
    ['a decomposed corpus and a composed claim', decomposed, composed],
    ['a composed corpus and a decomposed claim', composed, decomposed],
  ])('verify %s as the same words, at the corpus offsets', (_label, inCorpus, inClaim) => {
    const text = article(inCorpus);
    const index = buildQuoteIndex(buildCorpus([{ id: 'talks.txt', text }]));
    const result = verifyQuote(index, { quote: `The talks had a new ${inClaim} and real substance`, speaker: null });
    expect(result.verdict).toBe('verified');
    expect(result.differences).toEqual([]);
    expect(result.match?.text).toBe(text.slice(result.match?.start, result.match?.end));
    expect(result.match?.text.endsWith(`${inCorpus} and real substance`)).toBe(true);
  });

  it('maps NFC offsets back to the whole decomposed character', () => {
    const nfc = toNfc(`new ${decomposed}!`);
    expect(nfc.text).toBe(`new ${composed}!`);
    expect([nfc.originalStart(4), nfc.originalEnd(4)]).toEqual([4, 6]);
    expect([nfc.originalStart(8), nfc.originalEnd(8)]).toEqual([9, 10]);
  });
});
