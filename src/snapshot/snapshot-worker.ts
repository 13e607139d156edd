/**
 * Worker thread entry: reads the corpus directory; given the ledger of the served corpus, sends back the delta to it
 * when one can be made; otherwise builds and stores the snapshot unless a stored one is current.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { type CorpusFiles, readCorpusDir } from '../corpus/read-corpus-dir.js';
import { loadOrBuildSnapshot } from './snapshot-cache.js';
import { SliceClock } from './slice-clock.js';
import { corpusDeltaFrom, type CorpusDelta } from './corpus-delta.js';
import { type Ledger, ledgerEntries, type LedgerEntry } from './ledger.js';

const jobSchema = z.object({
  directory: z.string(),
  maxDocumentBytes: z.number().int().positive(),
  snapshotFile: z.string(),
  ledger: z.object({ chunks: z.array(z.instanceof(Uint8Array)), registry: z.string() }).optional(),
});

/**
 * The files, and the delta to them from the corpus `ledger` describes or null when none can be made. Files whose
 * stamp the ledger knows are not read. A ledger that cannot be read only means the full build does without it.
 */
async function filesAndDelta(ledger: Ledger | undefined): Promise<{ files: CorpusFiles; delta: CorpusDelta | null }> {
  let entries: LedgerEntry[] | null = null;
  try {
    entries = ledger ? ledgerEntries(ledger.chunks) : null;
  } catch {
    entries = null;
  }
  const stamps = new Map((entries ?? []).map((entry) => [entry.id, entry.stamp]));
  const files = await readCorpusDir(job.directory, job.maxDocumentBytes, {
    known: (name, stamp) => stamps.get(name) === stamp,
    blocking: true,
  });
  if (!ledger || !entries) return { files, delta: null };
  try {
    return { files, delta: corpusDeltaFrom(entries, ledger, files.sources, files.unread) };
  } catch {
    return { files, delta: null };
  }
}

const port = parentPort;
if (!port) throw new Error('snapshot-worker.ts runs only as a worker thread');
// The job comes as a message: the worker may have been started, and its modules loaded, before there was one.
const job = jobSchema.parse(await new Promise((resolve) => port.once('message', resolve)));
try {
  const read = await filesAndDelta(job.ledger);
  const { delta } = read;
  const documents = read.files.sources.length + read.files.unread.length;
  port.postMessage({ type: 'progress', progress: { phase: 'files_read', documents } });
  if (delta) port.postMessage({ type: 'delta', delta, refused: read.files.refused });
  else {
    // A full build needs every text.
    const files =
      read.files.unread.length === 0
        ? read.files
        : await readCorpusDir(job.directory, job.maxDocumentBytes, { blocking: true });
    await loadOrBuildSnapshot(
      job.snapshotFile,
      files.sources,
      (event) => port.postMessage({ type: 'event', event }),
      (progress) => port.postMessage({ type: 'progress', progress }),
      // This thread serves nothing, so it never yields.
      SliceClock.unsliced(),
    );
    port.postMessage({ type: 'done' });
  }
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message });
}
