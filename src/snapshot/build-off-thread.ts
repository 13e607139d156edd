import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
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

/** How much less the worker weighs than the main process with the scheduler (a niceness of 10 is about a tenth). */
const WORKER_NICENESS = 10;

/** How often a worker checks that the process that started it is still its parent. */
const PARENT_CHECK_MS = 500;

/**
 * A module for the worker's `--import`, loaded before anything else: from a thread of its own, it ends the worker
 * (SIGKILL) once the process `parentPid` is no longer its parent. The worker's own exit on 'disconnect' needs its main
 * thread, and under tsx spare workers were found blocked (in a futex) before their own code ran, their parent gone:
 * a test runner ends its workers with SIGTERM, so the parent's 'exit' handler never killed them.
 */
function parentGuard(parentPid: number): string {
  const check = `setInterval(() => { if (process.ppid !== ${parentPid}) process.kill(process.pid, 'SIGKILL'); }, ${PARENT_CHECK_MS});`;
  const source = `import { Worker } from 'node:worker_threads';
new Worker(${JSON.stringify(check)}, { eval: true, execArgv: [] }).unref();`;
  return `data:text/javascript,${encodeURIComponent(source)}`;
}

/** util-linux's setpriv (on every Debian), which asks the kernel to end the program it runs when its parent ends. */
const SETPRIV = '/usr/bin/setpriv';

/**
 * How the process `parentPid` starts the worker: the program (Node, or on Linux setpriv running Node with a parent
 * death signal), its options before the entry, and the entry. The parent guard is loaded first, then, run from
 * TypeScript sources (tsx, vitest), tsx's loader. The guard alone did not end every orphan: after a full test run
 * two workers were found blocked with no guard thread running, so the kernel's signal is used where it exists.
 */
export function workerCommand(parentPid: number): {
  readonly execPath: string;
  readonly entry: string;
  readonly execArgv: readonly string[];
} {
  const compiled = !import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(compiled ? './snapshot-worker.js' : './snapshot-worker.ts', import.meta.url));
  const loader = compiled ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
  const node = ['--import', parentGuard(parentPid), ...loader, '--no-parallel-scavenge'];
  if (process.platform === 'linux' && existsSync(SETPRIV))
    return { execPath: SETPRIV, entry, execArgv: ['--pdeathsig', 'SIGKILL', process.execPath, ...node] };
  return { execPath: process.execPath, entry, execArgv: node };
}

/**
 * The worker, a child process rather than a thread: a worker thread shares the process's memory map with the main
 * thread, and as a full build's heap of gigabytes grew and was torn down, the main thread's page faults waited on
 * it (stalls of 150 to 500 ms while it served).
 */
function startWorker(): ChildProcess {
  const { execPath, entry, execArgv } = workerCommand(process.pid);
  const worker = fork(entry, [], {
    execPath,
    execArgv: [...execArgv],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Serving comes first: on a busy machine the worker gets the cores only when questions leave them.
  if (worker.pid !== undefined) {
    try {
      setPriority(worker.pid, WORKER_NICENESS);
    } catch {
      // Lowering a priority is refused on some systems; the worker then runs as it would.
    }
  }
  return worker;
}

/** A started worker, whether it has exited, the ledger it was sent, and the sending of that ledger. */
interface Started {
  readonly worker: ChildProcess;
  exited: boolean;
  primed: Ledger | null;
  sending: Promise<void>;
}

/**
 * A ledger's chunks are sent this many bytes at a time between yields: 17 MB at once stalled the sender 0.1 s, and a
 * megabyte took 35 ms, with a collection, in a reload's last slices.
 */
const SEND_BYTES = 256 * 1024;

/** Sends `ledger`'s chunks one message each, yielding to the event loop every `SEND_BYTES` or so, then `last`. */
async function sendLedger(worker: ChildProcess, ledger: Ledger, last: object): Promise<void> {
  let sent = 0;
  for (const chunk of ledger.chunks) {
    worker.send({ type: 'chunk', chunk });
    sent += chunk.byteLength;
    if (sent >= SEND_BYTES) {
      sent = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  worker.send(last);
}

/** Lets the worker keep no process alive, and takes that back. */
function hold(worker: ChildProcess, held: boolean): void {
  if (held) {
    worker.ref();
    worker.channel?.ref();
  } else {
    worker.unref();
    worker.channel?.unref();
  }
}

/**
 * A worker started ahead of the next job, with whether it has exited meanwhile and the ledger it was sent (it reads
 * it while idle, so the next reload does not wait for that).
 */
let spare: Started | null = null;
// A spare worker ends with this process when it exits normally; killed by a signal, the worker's parent guard ends it.
process.once('exit', () => spare?.worker.kill());

function started(): Started {
  const worker = startWorker();
  const entry: Started = { worker, exited: false, primed: null, sending: Promise.resolve() };
  worker.once('exit', () => {
    entry.exited = true;
  });
  // A send to a worker that has just exited fails; its job then reports the exit.
  worker.on('error', () => {});
  return entry;
}

/**
 * Starts a worker now for the next reload, so it does not wait for the worker to load its modules (a second or two
 * under tsx), and sends it the served corpus's `ledger` to read ahead. Called once a reload is served, not while one
 * runs, where it would take a core from it. An idle worker keeps no process alive.
 */
export function warmWorker(ledger: Ledger | null): void {
  if (!spare || spare.exited) {
    spare = started();
    hold(spare.worker, false);
  }
  if (ledger && spare.primed !== ledger) {
    const target = spare;
    target.primed = ledger;
    target.sending = target.sending
      .then(() =>
        sendLedger(target.worker, ledger, { type: 'prime', registry: ledger.registry, chunks: ledger.chunks.length }),
      )
      .catch(() => {});
  }
}

/**
 * The worker for a job, and whether it has read the job's ledger already. A job with a ledger (a reload) takes the
 * spare; one without (storing a snapshot in the background) starts its own and leaves the spare to the next reload.
 */
async function takeWorker(ledger: Ledger | undefined): Promise<{ worker: ChildProcess; primed: boolean }> {
  const taken = ledger ? spare : null;
  if (taken) spare = null;
  if (taken) await taken.sending;
  const fresh = !taken || taken.exited;
  const worker = fresh ? started().worker : taken.worker;
  hold(worker, true);
  return { worker, primed: !fresh && taken.primed === ledger };
}

/**
 * Builds the corpus snapshot in a worker process and stores it in `snapshotFile`, so the event loop keeps serving
 * while the corpus is analysed. Restoring the stored snapshot afterwards is left to the caller.
 */
export async function buildSnapshotOffThread(
  job: OffThreadJob,
  onEvent: (event: SnapshotEvent) => void = () => {},
  onProgress: ReportProgress = () => {},
): Promise<OffThreadOutcome> {
  const { worker, primed } = await takeWorker(job.ledger);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: OffThreadOutcome): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
      worker.kill();
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
    worker.on('exit', (code, signal) =>
      settle({ ok: false, message: `the worker exited with ${signal ? `signal ${signal}` : `code ${code}`}` }),
    );
    const { ledger, ...rest } = job;
    const sent = {
      type: 'job',
      job: { ...rest, primed, ledger: ledger && { registry: ledger.registry, chunks: ledger.chunks.length } },
    };
    (ledger && !primed ? sendLedger(worker, ledger, sent) : Promise.resolve(worker.send(sent))).catch(
      (error: unknown) => settle({ ok: false, message: (error as Error).message }),
    );
  });
}
