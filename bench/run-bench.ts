/**
 * `npm run bench`: load+index, search and ask latencies (p50/p99 per call, in process) and memory, on the seed
 * corpus and on the 1M-word Brown corpus, each beside a plain baseline that scans every sentence.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSnapshot } from '../src/app/corpus-snapshot.js';
import { createVerbatim } from '../src/app/create-verbatim.js';
import { parseConfig } from '../src/config/config.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { createLogger } from '../src/log/create-logger.js';
import { writeBrownCorpus } from './brown-corpus.js';
import { latencyHeaders, latencyRow, printTable, rssMb, timeAsync, timeSync, type TableCell } from './latency-stats.js';
import { buildSentenceScan, scanSentences } from './sentence-scan-baseline.js';

const SEED_QUESTIONS = [
  'What did Lavrov say about New START?',
  'What did Putin say about the Mueller investigation?',
  'Will the arms control talks continue?',
  'What did Pompeo eat for dinner in Sochi?',
  'What did the Kremlin aide say about the meeting?',
  'Does the US want war with Iran?',
];
const BROWN_QUESTIONS = [
  'What did the grand jury say about the election?',
  'What did the governor say about the budget?',
  'What did the president say about Berlin?',
  'What happened at the baseball game?',
  'What did the church say about marriage?',
  'What is the recipe for borscht?',
];

interface CorpusCase {
  readonly label: string;
  readonly directory: string;
  readonly questions: readonly string[];
}

async function benchCorpus({ label, directory, questions }: CorpusCase): Promise<TableCell[][]> {
  const rows: TableCell[][] = [];
  const rssBefore = rssMb();
  const loadStarted = performance.now();
  const files = await readCorpusDir(directory, 50_000_000);
  const snapshot = buildSnapshot(files.sources);
  const loadMs = performance.now() - loadStarted;
  const rssAfter = rssMb();
  const words = files.sources.reduce((sum, source) => sum + source.text.split(/\s+/).length, 0);
  console.log(`\n## ${label}: ${files.sources.length} documents, ${words.toLocaleString('en')} words, ${snapshot.corpus.documents.reduce((sum, document) => sum + document.quotations.length, 0)} quotations`);
  console.log(`load+index ${loadMs.toFixed(0)} ms; RSS ${rssBefore.toFixed(0)} MB -> ${rssAfter.toFixed(0)} MB`);

  const baselineStarted = performance.now();
  const scan = buildSentenceScan(files.sources.map((source) => ({ id: source.id, text: source.text })));
  const baselineLoadMs = performance.now() - baselineStarted;
  console.log(`baseline load (split every sentence) ${baselineLoadMs.toFixed(0)} ms`);

  const runs = 200;
  rows.push(latencyRow(`${label}: search (MiniSearch BM25)`, timeSync((run) => snapshot.search.search(questions[run % questions.length] as string), { runs, warmup: 20 })));
  rows.push(latencyRow(`${label}: baseline sentence scan`, timeSync((run) => scanSentences(scan, questions[run % questions.length] as string), { runs, warmup: 20 })));

  const service = await createVerbatim({ config: parseConfig({ CORPUS_DIR: directory, MAX_DOCUMENT_BYTES: '50000000' }), logger: createLogger('silent') });
  rows.push(latencyRow(`${label}: ask (offline engine)`, await timeAsync((run) => service.ask(questions[run % questions.length] as string), { runs, warmup: 20 })));
  console.log(`RSS after ask ${rssMb().toFixed(0)} MB`);
  return rows;
}

async function main(): Promise<void> {
  const brownDir = await mkdtemp(path.join(tmpdir(), 'verbatim-brown-'));
  try {
    const stats = await writeBrownCorpus(brownDir);
    console.log(`# Verbatim benchmark (Node ${process.version}, ${process.arch})`);
    console.log(`Brown corpus written to a temporary directory: ${stats.files} files, ${stats.words.toLocaleString('en')} words`);
    const rows = [
      ...(await benchCorpus({ label: 'seeds', directory: path.resolve('seeds'), questions: SEED_QUESTIONS })),
      ...(await benchCorpus({ label: 'brown', directory: brownDir, questions: BROWN_QUESTIONS })),
    ];
    console.log('');
    printTable([...latencyHeaders], rows);
  } finally {
    await rm(brownDir, { recursive: true, force: true });
  }
}

await main();
