/**
 * Worker process entry (see `buildSnapshotOffThread`): reads the corpus directory; given the ledger of the served
 * corpus, sends back the delta to it when one can be made; otherwise builds and stores the snapshot unless a stored one is current, and sends back the
 * digests of the files it was made from.
 */
import { z } from 'zod';
import { type CorpusFiles, readCorpusDir } from '../corpus/read-corpus-dir.js';
import { loadOrBuildServed } from './snapshot-cache.js';
import { sentDigests } from './snapshot-key.js';
import { SliceClock } from './slice-clock.js';
import { corpusDeltaFrom, type CorpusDelta, ledgerRegistry, type LedgerRegistry, sentDelta } from './corpus-delta.js';
import { type Ledger, type ReadLedger, readLedger } from './ledger.js';
import { loadTagger } from '../corpus/speakers/tag-words.js';

/** A ledger's chunks come one message each (see `sendLedger`); the message after them says how many and its registry. */
const ledgerSchema = z.object({ chunks: z.number().int().nonnegative(), registry: z.string() });
const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chunk'), chunk: z.instanceof(Uint8Array) }),
  // The served corpus's ledger, sent ahead of the next job so that reading it costs that job nothing.
  z.object({ type: z.literal('prime'), ...ledgerSchema.shape }),
  z.object({
    type: z.literal('job'),
    job: z.object({
      directory: z.string(),
      maxDocumentBytes: z.number().int().positive(),
      snapshotFile: z.string(),
      ledger: ledgerSchema.optional(),
      // The job's ledger is the one last primed.
      primed: z.boolean().optional(),
    }),
  }),
]);
type Job = Extract<z.infer<typeof messageSchema>, { type: 'job' }>['job'];

/** A ledger as the delta uses it: read, with its registry when that was worked out ahead. */
interface Prepared {
  readonly read: ReadLedger;
  readonly ahead?: LedgerRegistry;
}

/** The ledger read, or null: one that cannot be read only means the full build does without it. */
function readOrNull(ledger: Ledger): ReadLedger | null {
  try {
    return readLedger(ledger);
  } catch {
    return null;
  }
}

/**
 * What a primed worker does while idle: reads the ledger, works out its registry and loads the tagger, which a
 * changed document's analysis needs (at 10,000 documents about a second in all, that the reload no longer waits for).
 */
function prepareAhead(ledger: Ledger): Prepared | null {
  const read = readOrNull(ledger);
  if (!read) return null;
  loadTagger();
  try {
    return { read, ahead: ledgerRegistry(read) };
  } catch {
    return { read };
  }
}

/**
 * The files, and the delta to them from the corpus `ledger` describes or null when none can be made. Files whose
 * stamp the ledger knows are not read.
 */
async function filesAndDelta(
  job: Job,
  ledger: Prepared | null,
): Promise<{ files: CorpusFiles; delta: CorpusDelta | null }> {
  const stamps = new Map((ledger?.read.entries ?? []).map((entry) => [entry.id, entry.stamp]));
  const files = await readCorpusDir(job.directory, job.maxDocumentBytes, {
    known: (name, stamp) => stamps.get(name) === stamp,
    blocking: true,
  });
  if (!ledger) return { files, delta: null };
  try {
    return { files, delta: corpusDeltaFrom(ledger.read, files.sources, files.unread, ledger.ahead) };
  } catch {
    return { files, delta: null };
  }
}

const send = process.send?.bind(process);
if (!send) throw new Error('snapshot-worker.ts runs only as a child process with an IPC channel');
const port = { postMessage: (message: object) => send(message) };
// Orphaned, it has no one to report to: the main process may have ended while this one loaded its modules.
process.on('disconnect', () => process.exit(0));
if (!process.connected) process.exit(0);
let primed: Prepared | null = null;
let received: Uint8Array[] = [];
/** The chunks received since the last ledger, as a ledger, or null when their number is not the one announced. */
const takeLedger = ({ chunks, registry }: z.infer<typeof ledgerSchema>): Ledger | null => {
  const taken = received;
  received = [];
  return taken.length === chunks ? { chunks: taken, registry } : null;
};
// The job comes as a message: the worker may have been started, and its modules loaded, before there was one.
const { job, given } = await new Promise<{ job: Job; given: Ledger | null }>((resolve) => {
  const onMessage = (message: unknown) => {
    const parsed = messageSchema.parse(message);
    if (parsed.type === 'chunk') received.push(parsed.chunk);
    else if (parsed.type === 'prime') {
      const ledger = takeLedger(parsed);
      primed = ledger && prepareAhead(ledger);
    } else {
      // The listener stays: it keeps this process waiting for the main one to end it once it has the answer.
      resolve({ job: parsed.job, given: parsed.job.ledger ? takeLedger(parsed.job.ledger) : null });
    }
  };
  process.on('message', onMessage);
});
try {
  const readGiven = given ? readOrNull(given) : null;
  const ledger = readGiven ? { read: readGiven } : job.primed ? primed : null;
  primed = null;
  const read = await filesAndDelta(job, ledger);
  const { delta } = read;
  const documents = read.files.sources.length + read.files.unread.length;
  port.postMessage({ type: 'progress', progress: { phase: 'files_read', documents } });
  // The chunks the main thread holds already cross as their indexes there: a delta sends only what changed.
  if (delta)
    port.postMessage({
      type: 'delta',
      delta: sentDelta(delta, ledger?.read.chunks ?? []),
      refused: read.files.refused,
    });
  else {
    // A full build needs every text.
    const files =
      read.files.unread.length === 0
        ? read.files
        : await readCorpusDir(job.directory, job.maxDocumentBytes, { blocking: true });
    const served = await loadOrBuildServed(
      job.snapshotFile,
      files.sources,
      (event) => port.postMessage({ type: 'event', event }),
      (progress) => port.postMessage({ type: 'progress', progress }),
      // This thread serves nothing, so it never yields.
      SliceClock.unsliced(),
      false,
    );
    // What the stored snapshot holds, without the texts: the main thread checks the snapshot against these rather
    // than reading and hashing every file again.
    port.postMessage({ type: 'done', stored: { digests: sentDigests(served.digests), refused: files.refused } });
  }
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message });
}
