/**
 * Times the three build stages on the Brown corpus (500 files, ~1M words), and prints a fingerprint of what they
 * built, so a speed-up can be checked to change no result. Run: `npm run bench:build`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import { BROWN_QUESTIONS, writeBrownCorpus } from './brown-corpus.js';

/** Wall time, and this process's CPU time, which other work on a shared machine disturbs less. */
function timed<T>(label: string, run: () => T): T {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = (performance.now() - started).toFixed(0).padStart(6);
  const cpuMs = ((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6);
  console.log(`${label.padEnd(18)} ${wallMs} ms wall ${cpuMs} ms CPU`);
  return result;
}

/** Maps, sets and typed arrays hashed by content, so two builds compare by what they hold. */
function fingerprint(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...item.entries()];
    if (item instanceof Set) return [...item];
    if (ArrayBuffer.isView(item)) return Array.from(item as unknown as ArrayLike<number>);
    return item;
  });
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

const directory = await mkdtemp(path.join(tmpdir(), 'verbatim-build-'));
try {
  await writeBrownCorpus(directory);
  const files = await readCorpusDir(directory, 50_000_000);
  const corpus = timed('buildCorpus', () => buildCorpus(files.sources));
  const search = timed('buildSearchIndex', () => buildSearchIndex(corpus));
  const quotes = timed('buildQuoteIndex', () => buildQuoteIndex(corpus));
  console.log(`corpus      ${fingerprint(corpus)}`);
  console.log(`quote index ${fingerprint(quotes)}`);
  console.log(`search      ${fingerprint(BROWN_QUESTIONS.map((question) => search.search(question)))}`);
} finally {
  await rm(directory, { recursive: true, force: true });
}
