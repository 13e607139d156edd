/**
 * `npm run bench:large`: about 10,000 news-length articles built from Brown (LARGE_ARTICLES to change the count).
 * The service runs compiled (`npm run build` first), as `npm start` runs it. Each start runs in a fresh process so
 * its time and peak memory are its own: a first start on an empty DATA_DIR, then a start that may restore the
 * snapshot the first one left, which goes on to reload (10 s after the start, as a moderator's reload would come; the
 * probe's `--reload-after-ms 0` measures one at once), ask and verify.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ProbeReport } from './large-corpus-probe.js';
import type { BurstMeasure, ReloadBurstReport } from './reload-burst-probe.js';
import { printTable, type TableCell } from './latency-stats.js';
import { writeNewsCorpus } from './news-corpus.js';

const run = promisify(execFile);

/** Runs a probe script in a fresh process and returns the JSON object it prints last. */
async function runProbe<Report>(script: string, args: readonly string[]): Promise<Report> {
  // With the flag `npm start` runs the bot with (see `SERVER_NODE_FLAGS` in src/discord/entry/start-shards.ts).
  const node = ['--no-parallel-scavenge', '--import', 'tsx'];
  const { stdout } = await run(process.execPath, [...node, path.resolve(script), ...args], {
    maxBuffer: 16_000_000,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Report;
}

function probe(corpusDir: string, dataDir: string, serve: boolean, reloadAfterMs: number): Promise<ProbeReport> {
  const options = serve ? ['--serve', '--reload-after-ms', String(reloadAfterMs)] : [];
  return runProbe('bench/large-corpus-probe.ts', [corpusDir, dataDir, '--compiled', ...options]);
}

const f = (value: number | undefined): TableCell => (value === undefined ? '-' : Number(value.toFixed(1)));

function burstRow(label: string, burst: BurstMeasure): TableCell[] {
  return [
    `Discord: 100 /ask, ${label}: ack p50 / p99 / max ms; acked (before the reload ended), answered, past 3 s`,
    `${f(burst.ack?.p50Ms)} / ${f(burst.ack?.p99Ms)} / ${f(burst.ack?.maxMs)}; ${burst.acknowledged}/${burst.sent} (${burst.acknowledgedBefore}), ${burst.answered}, ${burst.missedDeadline}`,
  ];
}

async function main(): Promise<void> {
  const count = Number(process.env.LARGE_ARTICLES ?? 10_000);
  const root = await mkdtemp(path.join(tmpdir(), 'verbatim-large-'));
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  try {
    const stats = await writeNewsCorpus(corpusDir, count);
    console.log(`# Verbatim large-corpus benchmark (Node ${process.version}, ${process.arch})`);
    console.log(
      `${stats.files.toLocaleString('en')} news-length files from Brown, ${stats.words.toLocaleString('en')} words, ${(stats.bytes / 1e6).toFixed(1)} MB`,
    );
    await run('npm', ['run', 'build', '--silent']);
    const first = await probe(corpusDir, dataDir, false, 0);
    const second = await probe(corpusDir, dataDir, true, 10_000);
    const burst = await runProbe<ReloadBurstReport>('bench/reload-burst-probe.ts', [corpusDir]);
    printTable(
      ['measure', 'value'],
      [
        ['documents', second.documents],
        ['first start, ms', f(first.startMs)],
        ['start with the snapshot left by the first, ms', f(second.startMs)],
        ['peak RSS, first start, MB', first.peakRssMb],
        ['peak RSS, second start + reload + queries, MB', second.peakRssMb],
        ['RSS after the first start, bytes per word', Math.round((first.rssAfterStartMb * 1_048_576) / stats.words)],
        [
          'RSS after the start from the snapshot, bytes per word',
          Math.round((second.rssAfterStartMb * 1_048_576) / stats.words),
        ],
        ['reload after changing one file, 10 s after the start, ms', f(second.reloadMs)],
        ['max event-loop delay during that reload, ms', f(second.reloadMaxDelayMs)],
        ['p99 event-loop delay during that reload, ms', f(second.reloadP99DelayMs)],
        ['  of which: max while the worker builds (this thread waits), ms', f(second.buildMaxDelayMs)],
        ['  of which: max while this thread restores the new snapshot, ms', f(second.restoreMaxDelayMs)],
        ['ask p50 / p99, ms', `${f(second.ask?.p50Ms)} / ${f(second.ask?.p99Ms)}`],
        ['verify p50 / p99, ms', `${f(second.verify?.p50Ms)} / ${f(second.verify?.p99Ms)}`],
        [
          'altered claims judged altered (source in the same file)',
          `${second.altered?.found ?? '-'}/${second.altered?.claims ?? '-'} (${second.altered?.sameSource ?? '-'})`,
        ],
        ['Discord: /reload through the bot, dispatch to report, ms', f(burst.reloadMs)],
        burstRow('no reload running', burst.quiet),
        burstRow('sent as the /reload starts', burst.duringReload),
      ],
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
