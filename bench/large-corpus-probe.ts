/**
 * One process of `npm run bench:large`: starts the service on a corpus directory (restoring a snapshot from
 * DATA_DIR when one is there), then, with `--serve`, reloads after changing one file, times ask and verify,
 * and counts altered claims whose source is found. Prints one JSON object on stdout.
 * `--reload-after-ms N` waits N ms after the start before the reload (default 0: at once, while the reload worker
 * readied at the start may still be loading); `--registry-change` appends a new speaker instead of a sentence, so
 * that the reload is a full build in the worker and a restore on this thread; `--compiled` runs the compiled
 * JavaScript in dist/ (`npm run build`), as `npm start` does, instead of the TypeScript sources.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { QuotationView, VerbatimService } from '../src/app/verbatim-service.js';
import { BROWN_QUESTIONS } from './brown-corpus.js';
import { timeAsync, timeSync, type LatencyStats } from './latency-stats.js';

export interface ProbeReport {
  readonly startMs: number;
  readonly documents: number;
  readonly rssAfterStartMb: number;
  readonly peakRssMb: number;
  /** How long after the start the reload began. */
  readonly reloadAfterMs?: number;
  readonly reloadMs?: number;
  readonly reloadMaxDelayMs?: number;
  readonly reloadP99DelayMs?: number;
  /** The longest stall while the new snapshot was restored, or the delta applied, on this thread: the reload's last phase. */
  readonly restoreMaxDelayMs?: number;
  /** The longest stall while the worker built the new snapshot and this thread only waited. */
  readonly buildMaxDelayMs?: number;
  /** When each phase of the reload began, in ms from its start. */
  readonly reloadPhasesMs?: Readonly<Record<string, number>>;
  readonly ask?: LatencyStats;
  readonly verify?: LatencyStats;
  readonly altered?: { readonly claims: number; readonly found: number; readonly sameSource: number };
}

const mb = (bytes: number): number => Math.round(bytes / 1_048_576);

/** Up to `count` quotations of eight words or more, spread evenly over the corpus, so late documents are sampled too. */
function spreadQuotations(quotations: readonly QuotationView[], count: number): QuotationView[] {
  const long = quotations.filter((quotation) => quotation.quote.split(/\s+/).length >= 8);
  const step = long.length / Math.min(count, long.length);
  return Array.from(
    { length: Math.min(count, long.length) },
    (_, index) => long[Math.floor(index * step)] as QuotationView,
  );
}

/** Ten words of a quotation with the fifth replaced: an altered claim whose source is that quotation. */
function alterClaim(quotation: QuotationView): string {
  const words = quotation.quote.split(/\s+/).slice(0, 10);
  words[4] = words[4]?.toLowerCase() === 'never' ? 'always' : 'never';
  return words.join(' ');
}

/** Appended to one file before the reload: a sentence, or (`--registry-change`) a new person quoted by name and title. */
const APPENDED = {
  sentence: '\nThe council met again on Tuesday, a spokesman said, and “will meet again next week.”\n',
  // A speaker no article names teaches the corpus-wide speaker registry a name, so the reload is a full build.
  registry:
    '\nDefence Minister Anatoly Brisbaneov visited the base on Friday. “We will rebuild it,” Brisbaneov said.\n',
};

async function serve(
  service: VerbatimService,
  directory: string,
  reloadAfterMs: number,
  appended: string,
): Promise<Omit<ProbeReport, 'startMs' | 'documents' | 'rssAfterStartMb' | 'peakRssMb'>> {
  const first = service.sources()[0];
  if (!first) throw new Error('The corpus has no documents');
  await sleep(reloadAfterMs);
  await appendFile(path.join(directory, first.source), appended);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const buildDelay = monitorEventLoopDelay({ resolution: 10 });
  const restoreDelay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const reloadStarted = performance.now();
  const reloadPhasesMs: Record<string, number> = {};
  // The worker's phases mark when this thread only waits, and when it restores what the worker stored.
  await service.reload({
    onProgress: (progress) => {
      reloadPhasesMs[progress.phase] = Math.round(performance.now() - reloadStarted);
      if (progress.phase === 'files_read') buildDelay.enable();
      if (progress.phase === 'restoring' || progress.phase === 'applying') {
        buildDelay.disable();
        restoreDelay.enable();
      }
    },
  });
  const reloadMs = performance.now() - reloadStarted;
  // The histogram records a stall when its timer next fires: let it fire once after the reload.
  await sleep(50);
  delay.disable();
  restoreDelay.disable();

  const ask = await timeAsync((run) => service.ask(BROWN_QUESTIONS[run % BROWN_QUESTIONS.length] as string), {
    runs: 120,
    warmup: 12,
  });
  const checkable = (quote: string): boolean => {
    try {
      service.verify({ quote });
      return true;
    } catch {
      return false;
    }
  };
  // Claims too short to check (under two content words) are refused by design: leave them out of both samples.
  const sample = spreadQuotations(service.quotes(), 100).filter((quotation) => checkable(alterClaim(quotation)));
  const exactClaims = sample
    .map((quotation) => ({ quote: quotation.quote.split(/\s+/).slice(0, 10).join(' ') }))
    .filter((claim) => checkable(claim.quote));
  const verify = timeSync((run) => service.verify(exactClaims[run % exactClaims.length] as { quote: string }), {
    runs: 200,
    warmup: 20,
  });
  let found = 0;
  let sameSource = 0;
  for (const quotation of sample) {
    const result = service.verify({ quote: alterClaim(quotation) });
    if (result.verdict !== 'altered') continue;
    found += 1;
    if (result.match?.source === quotation.source) sameSource += 1;
  }
  return {
    reloadAfterMs,
    reloadMs,
    reloadMaxDelayMs: delay.max / 1e6,
    reloadP99DelayMs: delay.percentile(99) / 1e6,
    buildMaxDelayMs: buildDelay.max / 1e6,
    restoreMaxDelayMs: restoreDelay.max / 1e6,
    reloadPhasesMs,
    ask,
    verify,
    altered: { claims: sample.length, found, sameSource },
  };
}

/** The service's entry points, from the TypeScript sources or from their compiled JavaScript. */
async function serviceModules(compiled: boolean) {
  const root = compiled ? '../dist' : '../src';
  const [app, config, log] = await Promise.all([
    import(`${root}/app/create-verbatim.js`) as Promise<typeof import('../src/app/create-verbatim.js')>,
    import(`${root}/config/config.js`) as Promise<typeof import('../src/config/config.js')>,
    import(`${root}/log/create-logger.js`) as Promise<typeof import('../src/log/create-logger.js')>,
  ]);
  return { createVerbatim: app.createVerbatim, parseConfig: config.parseConfig, createLogger: log.createLogger };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      serve: { type: 'boolean', default: false },
      compiled: { type: 'boolean', default: false },
      'reload-after-ms': { type: 'string', default: '0' },
      'registry-change': { type: 'boolean', default: false },
    },
  });
  const [directory, dataDir] = positionals;
  if (!directory || !dataDir)
    throw new Error(
      'usage: large-corpus-probe.ts CORPUS_DIR DATA_DIR [--serve] [--reload-after-ms N] [--registry-change] [--compiled]',
    );
  const reloadAfterMs = Number(values['reload-after-ms']);
  if (!Number.isFinite(reloadAfterMs) || reloadAfterMs < 0) throw new Error('--reload-after-ms takes a number of ms');
  const { createVerbatim, parseConfig, createLogger } = await serviceModules(values.compiled);
  const config = parseConfig({
    CORPUS_DIR: directory,
    DATA_DIR: dataDir,
    // The default limit: reading allocates a buffer of the limit per file, which at 50 MB cost more than the analysis.
    MAX_DOCUMENT_BYTES: '1000000',
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
  });
  const started = performance.now();
  const service = await createVerbatim({ config, logger: createLogger('silent') });
  const startMs = performance.now() - started;
  const rssAfterStartMb = mb(process.memoryUsage().rss);
  const appended = values['registry-change'] ? APPENDED.registry : APPENDED.sentence;
  const served = values.serve ? await serve(service, directory, reloadAfterMs, appended) : {};
  const report: ProbeReport = {
    startMs,
    documents: service.sources().length,
    rssAfterStartMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...served,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
