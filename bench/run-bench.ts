/**
 * `npm run bench`: load+index, search, ask and verify latencies (p50/p99 per call, in process) and memory, on the
 * seed corpus and on the 1M-word Brown corpus, each beside a plain baseline that scans everything; then the
 * acknowledgement latency of a burst of 100 /ask interactions against the local fake Discord.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSnapshot } from '../src/snapshot/corpus-snapshot.js';
import { createVerbatim } from '../src/app/create-verbatim.js';
import { parseConfig } from '../src/config/config.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { createLogger } from '../src/log/create-logger.js';
import { BROWN_QUESTIONS, writeBrownCorpus } from './brown-corpus.js';
import { latencyHeaders, latencyRow, printTable, rssMb, timeAsync, timeSync, type TableCell } from './latency-stats.js';
import { runDiscordBurstBenchmark } from '../tests/fake-discord/discord-burst-benchmark.js';
import { buildQuoteScan, buildSentenceScan, scanForQuote, scanSentences } from './sentence-scan-baseline.js';
import type { CorpusSnapshot } from '../src/snapshot/corpus-snapshot.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';

const SEED_QUESTIONS = [
  'What did Lavrov say about New START?',
  'What did Putin say about the Mueller investigation?',
  'Will the arms control talks continue?',
  'What did Pompeo eat for dinner in Sochi?',
  'What did the Kremlin aide say about the meeting?',
  'Does the US want war with Iran?',
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
  console.log(
    `\n## ${label}: ${files.sources.length} documents, ${words.toLocaleString('en')} words, ${snapshot.corpus.documents.reduce((sum, document) => sum + document.quotations.length, 0)} quotations`,
  );
  console.log(`load+index ${loadMs.toFixed(0)} ms; RSS ${rssBefore.toFixed(0)} MB -> ${rssAfter.toFixed(0)} MB`);

  const baselineStarted = performance.now();
  const scan = buildSentenceScan(files.sources.map((source) => ({ id: source.id, text: source.text })));
  const baselineLoadMs = performance.now() - baselineStarted;
  console.log(`baseline load (split every sentence) ${baselineLoadMs.toFixed(0)} ms`);

  const runs = 200;
  rows.push(
    latencyRow(
      `${label}: search (MiniSearch BM25)`,
      timeSync((run) => snapshot.search.search(questions[run % questions.length] as string), { runs, warmup: 20 }),
    ),
  );
  rows.push(
    latencyRow(
      `${label}: baseline sentence scan`,
      timeSync((run) => scanSentences(scan, questions[run % questions.length] as string), { runs, warmup: 20 }),
    ),
  );

  const service = await createService(directory);
  rows.push(
    latencyRow(
      `${label}: ask (offline engine)`,
      await timeAsync((run) => service.ask(questions[run % questions.length] as string), { runs, warmup: 20 }),
    ),
  );
  console.log(`RSS after ask ${rssMb().toFixed(0)} MB`);

  const claims = quoteClaims(snapshot).filter((claim) => {
    try {
      service.verify(claim);
      return true;
    } catch {
      return false;
    }
  });
  const quoteScan = buildQuoteScan(files.sources.map((source) => ({ id: source.id, text: source.text })));
  rows.push(
    latencyRow(
      `${label}: verify (quote index)`,
      timeSync((run) => service.verify(claims[run % claims.length] as { quote: string }), { runs, warmup: 20 }),
    ),
  );
  rows.push(
    latencyRow(
      `${label}: baseline indexOf scan`,
      timeSync((run) => scanForQuote(quoteScan, (claims[run % claims.length] as { quote: string }).quote), {
        runs,
        warmup: 20,
      }),
    ),
  );
  console.log(`RSS after verify ${rssMb().toFixed(0)} MB`);
  return rows;
}

/** Claims to verify: runs of words from real quotations, as given and with one word changed, so near matches are searched too. */
function quoteClaims(snapshot: CorpusSnapshot): { quote: string }[] {
  const quotations = snapshot.corpus.documents
    .flatMap((document) => document.quotations)
    .filter((quotation) => quotation.text.split(/\s+/).length >= 6);
  const step = Math.max(1, Math.floor(quotations.length / 25));
  const claims: { quote: string }[] = [];
  for (let index = 0; index < quotations.length && claims.length < 50; index += step) {
    const words = (quotations[index]?.text ?? '').split(/\s+/).slice(0, 8);
    claims.push({ quote: words.join(' ') }, { quote: [...words.slice(0, 3), 'never', ...words.slice(4)].join(' ') });
  }
  return claims;
}

/** The real service on the offline engine, whatever the environment says. */
async function createService(directory: string): Promise<VerbatimService> {
  return createVerbatim({
    config: parseConfig({
      CORPUS_DIR: directory,
      MAX_DOCUMENT_BYTES: '50000000',
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
    }),
    logger: createLogger('silent'),
  });
}

async function main(): Promise<void> {
  const brownDir = await mkdtemp(path.join(tmpdir(), 'verbatim-brown-'));
  try {
    const stats = await writeBrownCorpus(brownDir);
    console.log(`# Verbatim benchmark (Node ${process.version}, ${process.arch})`);
    console.log(
      `Brown corpus written to a temporary directory: ${stats.files} files, ${stats.words.toLocaleString('en')} words`,
    );
    const rows = [
      ...(await benchCorpus({ label: 'seeds', directory: path.resolve('seeds'), questions: SEED_QUESTIONS })),
      ...(await benchCorpus({ label: 'brown', directory: brownDir, questions: BROWN_QUESTIONS })),
    ];
    console.log('');
    printTable([...latencyHeaders], rows);
    const burst = await runDiscordBurstBenchmark({ count: 100 });
    console.log(`\n## Discord: a burst of ${burst.sent} concurrent /ask against the fake Discord on 127.0.0.1`);
    printTable(
      ['measure', 'count', 'p50 ms', 'p99 ms', 'max ms'],
      [
        ['acknowledgement (dispatch to callback)', burst.ack.count, burst.ack.p50, burst.ack.p99, burst.ack.max],
        ...(burst.answer
          ? [
              [
                'final answer (dispatch to edited reply)',
                burst.answer.count,
                burst.answer.p50,
                burst.answer.p99,
                burst.answer.max,
              ] as TableCell[],
            ]
          : []),
      ],
    );
    console.log(
      `acknowledged ${burst.acknowledged}/${burst.sent}, answered ${burst.answered}/${burst.sent}, wall ${burst.wallMs.toFixed(0)} ms${burst.failures.length > 0 ? `; failures: ${burst.failures.join('; ')}` : ''}`,
    );
  } finally {
    await rm(brownDir, { recursive: true, force: true });
  }
}

await main();
