/**
 * `npm run bench:ask -- [ARTICLES] [WORK_DIR] [MIX]`: ask latency on a news corpus of ARTICLES files (default
 * 2,000) for two question mixes (or only MIX), with a fingerprint of every answer so a speed-up can be shown to change
 * none, and the slowest questions. The corpus and its snapshot are kept in WORK_DIR (default under the system's
 * temporary directory) and reused by the next run. `ASK_RUNS` sets the timed asks per mix, timed in wall time, then
 * as many in CPU time. Profile it with
 * `node --cpu-prof --import tsx bench/ask-profile.ts`.
 */
import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createVerbatim } from '../src/app/create-verbatim.js';
import { parseConfig } from '../src/config/config.js';
import { createLogger } from '../src/log/create-logger.js';
import { DEV_QUESTIONS } from '../tests/fixtures/user-phrased-questions.js';
import { BROWN_QUESTIONS } from './brown-corpus.js';
import { timeAsync, timeAsyncCpu } from './latency-stats.js';
import { writeNewsCorpus } from './news-corpus.js';

const articles = Number(process.argv[2] ?? 2000);
const workDir = process.argv[3] ?? path.join(tmpdir(), `verbatim-ask-${articles}`);
const corpusDir = path.join(workDir, 'corpus');
const exists = await access(corpusDir).then(
  () => true,
  () => false,
);
if (!exists) console.log('corpus written', await writeNewsCorpus(corpusDir, articles));

const started = performance.now();
const startCpu = process.cpuUsage();
const service = await createVerbatim({
  config: parseConfig({
    CORPUS_DIR: corpusDir,
    DATA_DIR: path.join(workDir, 'data'),
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
  }),
  logger: createLogger('silent'),
});
const startCpuUsed = process.cpuUsage(startCpu);
console.log(
  `start ${(performance.now() - started).toFixed(0)} ms (CPU ${((startCpuUsed.user + startCpuUsed.system) / 1000).toFixed(0)} ms), ${service.sources().length} documents, RSS ${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB`,
);

// The bench's Brown questions, and the user-phrased dev questions (typos, paraphrases, unanswerable ones):
// the latter are about the seed articles, so over Brown text they mostly exercise retrieval and declines.
const mixes = {
  brown: BROWN_QUESTIONS,
  'user-phrased': DEV_QUESTIONS.map((item) => item.question),
} as const;
const only = process.argv[4];
for (const [name, questions] of Object.entries(mixes)) {
  if (only !== undefined && name !== only) continue;
  const answers: unknown[] = [];
  for (const question of questions) {
    const result = await service.ask(question);
    answers.push([result.status, result.answer, result.citations]);
  }
  const fingerprint = createHash('sha256').update(JSON.stringify(answers)).digest('hex').slice(0, 16);
  const runs = Number(process.env.ASK_RUNS ?? Math.max(120, questions.length * 2));
  const stats = await timeAsync((run) => service.ask(questions[run % questions.length] as string), {
    runs,
    warmup: questions.length,
  });
  const cpu = await timeAsyncCpu((run) => service.ask(questions[run % questions.length] as string), { runs });
  const slowest: [number, string][] = [];
  for (const question of questions) {
    const before = performance.now();
    await service.ask(question);
    slowest.push([performance.now() - before, question]);
  }
  slowest.sort((a, b) => b[0] - a[0]);
  console.log(
    `${name.padEnd(13)} ${questions.length} questions, ${runs} asks: p50 ${stats.p50Ms.toFixed(1)} ms, p99 ${stats.p99Ms.toFixed(1)} ms, mean ${stats.meanMs.toFixed(1)} ms; answers ${fingerprint}`,
  );
  console.log(
    `${''.padEnd(13)} CPU time per ask (${runs} more): p50 ${cpu.p50Ms.toFixed(1)} ms, p99 ${cpu.p99Ms.toFixed(1)} ms, mean ${cpu.meanMs.toFixed(1)} ms`,
  );
  for (const [ms, question] of slowest.slice(0, 3)) console.log(`  ${ms.toFixed(1)} ms  ${question}`);
}
