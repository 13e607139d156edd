import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { SnapshotEvent } from './snapshot-cache.js';
import type { ReloadProgress, ReportProgress } from './reload-progress.js';
import { type CorpusDelta, corpusDeltaSchema, receivedDelta, type SentDelta } from './corpus-delta.js';
import type { Ledger } from './ledger.js';
import { receivedDigests, type SourceDigest, sentDigestsSchema } from './snapshot-key.js';
import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import { z } from 'zod';

export interface OffThreadJob {
  readonly directory: string;
  readonly maxDocumentBytes: number;
  readonly snapshotFile: string;
  /** The served corpus's ledger: with it, the worker sends back the delta to the files when it can make one. */
  readonly ledger?: Ledger;
}

/** The snapshot a worker stored: the digests of the files it was made from, and the files it refused to read. */
interface StoredFiles {
  readonly digests: readonly SourceDigest[];
  readonly refused: readonly RefusedFile[];
}

/**
 * How the worker ended: with the delta from the served corpus (nothing stored), with the snapshot stored (or
 * already current) from the files `stored` describes, or failed with its message.
 */
export type OffThreadOutcome =
  | { readonly ok: true; readonly delta: CorpusDelta; readonly refused: readonly RefusedFile[] }
  | { readonly ok: true; readonly delta?: undefined; readonly stored: StoredFiles | null }
  | { readonly ok: false; readonly message: string };

const refusedSchema = z.array(z.object({ file: z.string(), reason: z.string() }));
const deltaMessageSchema = z.object({ delta: corpusDeltaSchema, refused: refusedSchema });
const storedSchema = z.object({ digests: sentDigestsSchema, refused: refusedSchema });

/**
 * The worker on the compiled JavaScript; run from TypeScript sources (tsx, vitest), it first registers tsx's
 * loader, which a worker does not inherit (nor take from `execArgv`).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./snapshot-worker.js', import.meta.url));
  // tsx's ES module API (its CommonJS twin cannot register from a worker's eval context).
  const loader = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./snapshot-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true });
}

/**
 * A worker started ahead of the next job, with whether it has exited meanwhile and the ledger it was sent (it reads
 * it while idle, so the next reload does not wait for that).
 */
let spare: { readonly worker: Worker; exited: boolean; primed: Ledger | null } | null = null;

/**
 * Starts a worker now for the next reload, so it does not wait for the worker to load its modules (a second or two
 * under tsx), and sends it the served corpus's `ledger` to read ahead. Called once a reload is served, not while one
 * runs, where it would take a core from it. An idle worker keeps no process alive.
 */
export function warmWorker(ledger: Ledger | null): void {
  if (!spare || spare.exited) {
    const worker = startWorker();
    const started = { worker, exited: false, primed: null };
    worker.once('exit', () => {
      started.exited = true;
    });
    worker.unref();
    spare = started;
  }
  if (ledger && spare.primed !== ledger) {
    spare.worker.postMessage({ type: 'prime', ledger });
    spare.primed = ledger;
  }
}

/**
 * The worker for a job, and whether it has read the job's ledger already. A job with a ledger (a reload) takes the
 * spare; one without (storing a snapshot in the background) starts its own and leaves the spare to the next reload.
 */
function takeWorker(ledger: Ledger | undefined): { worker: Worker; primed: boolean } {
  const taken = ledger ? spare : null;
  if (taken) spare = null;
  const worker = taken && !taken.exited ? taken.worker : startWorker();
  worker.ref();
  return { worker, primed: taken !== null && !taken.exited && taken.primed === ledger };
}

/**
 * Builds the corpus snapshot in a worker thread and stores it in `snapshotFile`, so the event loop keeps serving
 * while the corpus is analysed. Restoring the stored snapshot afterwards is left to the caller.
 */
export function buildSnapshotOffThread(
  job: OffThreadJob,
  onEvent: (event: SnapshotEvent) => void = () => {},
  onProgress: ReportProgress = () => {},
): Promise<OffThreadOutcome> {
  return new Promise((resolve) => {
    const { worker, primed } = takeWorker(job.ledger);
    let settled = false;
    const settle = (outcome: OffThreadOutcome): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      void worker.terminate();
    };
    worker.on(
      'message',
      (message: {
        type: string;
        event?: SnapshotEvent;
        progress?: ReloadProgress;
        message?: string;
        delta?: unknown;
        refused?: unknown;
        stored?: unknown;
      }) => {
        if (message.type === 'event' && message.event) onEvent(message.event);
        else if (message.type === 'progress' && message.progress) onProgress(message.progress);
        else if (message.type === 'done') {
          // Malformed digests only cost the shortcut: the caller then reads the files itself.
          const stored = storedSchema.safeParse(message.stored);
          settle({
            ok: true,
            stored: stored.success
              ? { digests: receivedDigests(stored.data.digests), refused: stored.data.refused }
              : null,
          });
        } else if (message.type === 'delta') {
          const checked = deltaMessageSchema.safeParse(message);
          const delta = checked.success ? receivedDelta(message.delta as SentDelta, job.ledger?.chunks ?? []) : null;
          settle(
            checked.success && delta
              ? { ok: true, delta, refused: checked.data.refused }
              : { ok: false, message: 'the worker sent a malformed delta' },
          );
        } else if (message.type === 'failed') settle({ ok: false, message: message.message ?? 'unknown failure' });
      },
    );
    worker.on('error', (error) => settle({ ok: false, message: error.message }));
    worker.on('exit', (code) => settle({ ok: false, message: `the worker exited with code ${code}` }));
    worker.postMessage({ type: 'job', job: primed ? { ...job, ledger: undefined, primed: true } : job });
  });
}
