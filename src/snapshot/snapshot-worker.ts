/** Worker thread entry: reads the corpus directory, and builds and stores its snapshot unless a stored one is current. */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { readCorpusDir } from '../corpus/read-corpus-dir.js';
import { loadOrBuildSnapshot } from './snapshot-cache.js';
import { SliceClock } from './slice-clock.js';

const jobSchema = z.object({
  directory: z.string(),
  maxDocumentBytes: z.number().int().positive(),
  snapshotFile: z.string(),
});

const job = jobSchema.parse(workerData);
const port = parentPort;
if (!port) throw new Error('snapshot-worker.ts runs only as a worker thread');
try {
  const files = await readCorpusDir(job.directory, job.maxDocumentBytes);
  port.postMessage({ type: 'progress', progress: { phase: 'files_read', documents: files.sources.length } });
  await loadOrBuildSnapshot(
    job.snapshotFile,
    files.sources,
    (event) => port.postMessage({ type: 'event', event }),
    (progress) => port.postMessage({ type: 'progress', progress }),
    // This thread serves nothing, so it never yields.
    SliceClock.unsliced(),
  );
  port.postMessage({ type: 'done' });
} catch (error) {
  port.postMessage({ type: 'failed', message: (error as Error).message });
}
