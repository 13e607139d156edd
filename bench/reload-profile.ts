/**
 * Where a reload's worker spends its time after one file changed, in one process: `npm run bench:reload`
 * (`RELOAD_ARTICLES`, default 1,000 news-length articles). It builds and stores a first snapshot, changes one
 * file, then runs the worker's steps one by one with their wall and CPU time, then the whole step
 * (`loadOrBuildSnapshot`) `RELOAD_REPEATS` times (default 3), each on a fresh copy of the stored snapshot.
 */
import { appendFile, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDocument, registryMentions, analysisKey } from '../src/corpus/analyse-document.js';
import { analyseCorpus } from '../src/corpus/build-corpus.js';
import { readCorpusDir } from '../src/corpus/read-corpus-dir.js';
import { findSpeakerEvidence, registryFromEvidence } from '../src/corpus/speakers/discover-speakers.js';
import { createMentionFinder } from '../src/corpus/speakers/find-mentions.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import { analysisVersion } from '../src/snapshot/analysis-version.js';
import { storedAnalyses } from '../src/snapshot/stored-analyses.js';
import { snapshotSegments } from '../src/snapshot/write-segments.js';
import { SliceClock } from '../src/snapshot/slice-clock.js';
import { loadOrBuildSnapshot } from '../src/snapshot/snapshot-cache.js';
import { readSnapshotFile, writeSnapshotFile } from '../src/snapshot/snapshot-file.js';
import { digestSources, snapshotKeyOf } from '../src/snapshot/snapshot-key.js';
import { writeNewsCorpus } from './news-corpus.js';
import { timedStep } from './latency-stats.js';

const MAX_DOCUMENT_BYTES = 1_000_000;

const articles = Number(process.env.RELOAD_ARTICLES ?? 1_000);
const directory = await mkdtemp(path.join(tmpdir(), 'verbatim-reload-'));
const corpusDir = path.join(directory, 'corpus');
const file = path.join(directory, 'corpus.snapshot');
try {
  const stats = await writeNewsCorpus(corpusDir, articles);
  console.log(`${stats.files} articles, ${stats.words} words`);
  const initial = await readCorpusDir(corpusDir, MAX_DOCUMENT_BYTES);
  await timedStep('first build and store', () => loadOrBuildSnapshot(file, initial.sources, () => {}));
  await copyFile(file, `${file}.first`);
  await appendFile(path.join(corpusDir, 'news_00001.txt'), '\nThe talks went on late, a spokesman said.\n');

  console.log('-- the worker step by step --');
  const clock = new SliceClock();
  const files = await timedStep('read corpus directory', () => readCorpusDir(corpusDir, MAX_DOCUMENT_BYTES));
  const analysis = await timedStep('analysis version', () => analysisVersion());
  await timedStep('snapshot key', async () => snapshotKeyOf(await digestSources(files.sources, clock), analysis));
  const stored = await timedStep('read snapshot file', () => readSnapshotFile(file, () => null, clock));
  if (!stored.ok) throw new Error(stored.reason);
  const earlier = await timedStep('stored analyses', () => storedAnalyses(stored.segments, clock));
  const readings = await timedStep('read documents (layout, words)', () => files.sources.map(readDocument));
  const evidence = await timedStep('speaker evidence, every text afresh', () =>
    readings.map(({ source, body }) =>
      findSpeakerEvidence(body.map((paragraph) => source.text.slice(paragraph.start, paragraph.end)).join('\n\n')),
    ),
  );
  const registry = await timedStep('registry from evidence', () => registryFromEvidence(evidence));
  const bodyNames = new Set(
    registry.entries.filter((entry) => entry.speaker.kind === 'body').map((entry) => entry.speaker.name),
  );
  await timedStep('registry mentions and keys', () => {
    const find = createMentionFinder(registry);
    return readings.map((reading) => analysisKey(reading.source, registryMentions(reading, find, bodyNames)));
  });
  const built = await timedStep('analyseCorpus (all of the above)', () =>
    analyseCorpus(
      files.sources,
      (key) => earlier.analyses.get(key),
      (textSha256) => earlier.speakerEvidence.get(textSha256),
    ),
  );
  console.log(`   analysed afresh: ${built.analysed} of ${built.corpus.documents.length}`);
  const search = await timedStep('build search index', () => buildSearchIndex(built.corpus));
  const quotes = await timedStep('build quote index', () => buildQuoteIndex(built.corpus));
  const segments = await timedStep('snapshot segments', () =>
    snapshotSegments({
      snapshot: { corpus: built.corpus, search, quotes, refused: [] },
      analyses: built.analyses,
      analysed: built.analysed,
      ledger: { chunks: [], registry: built.registry },
    }),
  );
  await timedStep('write snapshot file', () => writeSnapshotFile(`${file}.scratch`, { key: 'x', analysis }, segments));

  console.log('-- the worker as a whole --');
  const repeats = Number(process.env.RELOAD_REPEATS ?? 3);
  for (let run = 1; run <= repeats; run++) {
    await copyFile(`${file}.first`, file);
    await timedStep(`loadOrBuildSnapshot after the change, ${run}`, () =>
      loadOrBuildSnapshot(file, files.sources, () => {}),
    );
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
