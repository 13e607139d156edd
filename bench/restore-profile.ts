/**
 * `npm run bench:restore -- [ARTICLES] [WORK_DIR]`: a start from the stored snapshot, step by step, in fresh
 * processes: reading the corpus directory, then restoring the snapshot with the clock of a first start (no yields)
 * and with that of a reload (8 ms slices), alternately, `RESTORE_REPEATS` times each (default 2), in wall and CPU
 * time. The corpus (default 2,000 news-length articles) and its snapshot are kept in WORK_DIR and reused.
 */
import { execFileSync } from 'node:child_process';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { loadOrBuildSnapshot } from '../src/snapshot/snapshot-cache.js';
import { writeNewsCorpus } from './news-corpus.js';
import { timedStep } from './latency-stats.js';

const MAX_DOCUMENT_BYTES = 1_000_000;

const articles = Number(process.argv[2] ?? 2000);
const workDir = process.argv[3] ?? path.join(tmpdir(), `verbatim-restore-${articles}`);
const corpusDir = path.join(workDir, 'corpus');
const file = path.join(workDir, 'corpus.snapshot');
const mode = process.env.RESTORE_MODE;
if (mode === undefined) {
  const exists = await access(corpusDir).then(
    () => true,
    () => false,
  );
  if (!exists) console.log('corpus written', await writeNewsCorpus(corpusDir, articles));
  const files = await readCorpusDir(corpusDir, MAX_DOCUMENT_BYTES);
  await timedStep('build or restore', () => loadOrBuildSnapshot(file, files.sources, () => {}));
  const self = fileURLToPath(import.meta.url);
  for (let repeat = 0; repeat < Number(process.env.RESTORE_REPEATS ?? 2); repeat++) {
    for (const next of ['first start', 'reload']) {
      console.log(`-- ${next} --`);
      execFileSync(process.execPath, [...process.execArgv, self, String(articles), workDir], {
        env: { ...process.env, RESTORE_MODE: next },
        stdio: 'inherit',
      });
    }
  }
} else {
  const files = await timedStep('read corpus directory', () => readCorpusDir(corpusDir, MAX_DOCUMENT_BYTES));
  await timedStep('restore snapshot', () =>
    loadOrBuildSnapshot(
      file,
      files.sources,
      (event) => {
        if (event.kind !== 'restored') throw new Error(`not restored: ${JSON.stringify(event)}`);
      },
      () => {},
      mode === 'reload' ? new SliceClock() : SliceClock.unsliced(),
    ),
  );
  console.log(`RSS ${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB`);
}
