/**
 * Worker thread entry: reads the corpus directory; given the ledger of the served corpus, sends back the delta to it
 * when one can be made; otherwise builds and stores the snapshot unless a stored one is current.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { readCorpusDir } from '../corpus/read-corpus-dir.js';
import type { SourceText } from '../corpus/build-corpus.js';
import { loadOrBuildSnapshot } from './snapshot-cache.js';
import { SliceClock } from './slice-clock.js';
import { corpusDelta, type CorpusDelta } from './corpus-delta.js';
import type { Ledger } from './ledger.js';

const jobSchema = z.object({
  directory: z.string(),
  maxDocumentBytes: z.number().int().positive(),
  snapshotFile: z.string(),
  ledger: z.object({ chunks: z.array(z.instanceof(Uint8Array)), registry: z.string() }).optional(),
});

/** The delta, or null when none can be made; a ledger that cannot be read only means the full build does without it. */
function deltaOrNull(ledger: Ledger, sources: readonly SourceText[]): CorpusDelta | null {
  try {
    return corpusDelta(ledger, sources);
  } catch {
    return null;
  }
}

const job = jobSchema.parse(workerData);
const port = parentPort;
if (!port) throw new Error('snapshot-worker.ts runs only as a worker thread');
try {
  const files = await readCorpusDir(job.directory, job.maxDocumentBytes);
  port.postMessage({ type: 'progress', progress: { phase: 'files_read', documents: files.sources.length } });
  const delta = job.ledger ? deltaOrNull(job.ledger, files.sources) : null;
  if (delta) port.postMessage({ type: 'delta', delta, refused: files.refused });
  else {
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
