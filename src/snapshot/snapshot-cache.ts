import { buildAnalysedSnapshot, type CorpusSnapshot, noDocumentsError } from './corpus-snapshot.js';
import type { SourceText } from '../corpus/build-corpus.js';
import { analysisVersion } from './analysis-version.js';
import { restoreSnapshot } from './restore-segments.js';
import { storedAnalyses, storedLedger } from './stored-analyses.js';
import type { Ledger } from './ledger.js';
import { snapshotSegments } from './write-segments.js';
import type { StoredAnalyses } from './stored-analyses.js';
import { SliceClock } from './slice-clock.js';
import { readSnapshotFile, type SnapshotRead, writeSnapshotFile } from './snapshot-file.js';
import { digestSources, type SourceDigest, snapshotKeyOf } from './snapshot-key.js';
import type { ReportProgress } from './reload-progress.js';

/** What happened to the stored snapshot, for the log. */
export type SnapshotEvent =
  | { readonly kind: 'restored'; readonly ms: number }
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'reused'; readonly documents: number; readonly analysed: number }
  | { readonly kind: 'saved'; readonly bytes: number; readonly ms: number }
  | { readonly kind: 'save_failed'; readonly message: string };

const OTHER_DOCUMENTS = 'made from other documents or another analysis version';

/**
 * The snapshot of `sources`: restored from `file` when it was made from exactly these documents by this analysis
 * code and passes every check, otherwise built and stored for the next start. A build reuses the analysis of
 * every document the stored snapshot (of the same analysis code) analysed under the same key, and the speaker
 * evidence of every text it holds. A failed write
 * only costs the next start its shortcut. The restore runs in the slices of `clock`, so the event loop keeps
 * serving while a large corpus is reopened (an unsliced clock when nothing is served yet: it is quicker); a build,
 * when one is needed, does not (reloads build in a worker for that).
 * @throws CorpusValidationError when the documents themselves cannot make a corpus.
 */
export async function loadOrBuildSnapshot(
  file: string,
  sources: readonly SourceText[],
  report: (event: SnapshotEvent) => void,
  onProgress: ReportProgress = () => {},
  clock: SliceClock = new SliceClock(),
): Promise<CorpusSnapshot> {
  return (await loadOrBuildServed(file, sources, report, onProgress, clock, false)).snapshot;
}

/** A snapshot to serve, with the ledger of its documents that a later reload works out its delta from. */
export interface ServedSnapshot {
  readonly snapshot: CorpusSnapshot;
  /** Null when not asked for. */
  readonly ledger: Ledger | null;
  /** What the snapshot was checked against, or built from: the documents' names, digests and metadata. */
  readonly digests: readonly SourceDigest[];
}

/**
 * The snapshot stored in `file` for the documents `digests` describe (as a worker read them, with no texts), with
 * its ledger; null, reported, when the file does not hold exactly those documents or fails any check. Restoring
 * it this way spares this thread reading and hashing every file again after the worker did.
 */
export async function restoreStored(
  file: string,
  digests: readonly SourceDigest[],
  report: (event: SnapshotEvent) => void,
  clock: SliceClock,
): Promise<ServedSnapshot | null> {
  const started = performance.now();
  const analysis = await analysisVersion();
  const key = snapshotKeyOf(digests, analysis);
  const stored = await readSnapshotFile(file, (label) => (label.analysis === analysis ? null : OTHER_DOCUMENTS), clock);
  if (!stored.ok) {
    report({ kind: 'ignored', reason: stored.reason });
    return null;
  }
  const restored = await restoreChecked(stored, key, digests, clock, true, report);
  if (restored) report({ kind: 'restored', ms: Math.round(performance.now() - started) });
  return restored;
}

/** The snapshot in `stored` if it is filed under `key` and holds the documents `digests` describe; else null, reported. */
async function restoreChecked(
  stored: Extract<SnapshotRead, { ok: true }>,
  key: string,
  digests: readonly SourceDigest[],
  clock: SliceClock,
  withLedger: boolean,
  report: (event: SnapshotEvent) => void,
): Promise<ServedSnapshot | null> {
  try {
    if (stored.label.key !== key) throw new Error(OTHER_DOCUMENTS);
    const snapshot = await restoreSnapshot(stored.segments, digests, clock);
    return { snapshot, ledger: withLedger ? await storedLedger(stored.segments, clock) : null, digests };
  } catch (error) {
    // The payload is untrusted: whatever fails in reopening it (a check, or MiniSearch on a malformed index) means rebuild.
    report({ kind: 'ignored', reason: (error as Error).message });
    return null;
  }
}

/** As `loadOrBuildSnapshot`, with the ledger of the snapshot's documents when `withLedger` is set. */
export async function loadOrBuildServed(
  file: string,
  sources: readonly SourceText[],
  report: (event: SnapshotEvent) => void,
  onProgress: ReportProgress,
  clock: SliceClock,
  withLedger: boolean,
): Promise<ServedSnapshot> {
  if (sources.length === 0) throw noDocumentsError([]);
  const started = performance.now();
  const analysis = await analysisVersion();
  const digests = await digestSources(sources, clock);
  const key = snapshotKeyOf(digests, analysis);
  // Another corpus by the same code is still worth reading: its documents' analyses can be reused.
  const stored = await readSnapshotFile(file, (label) => (label.analysis === analysis ? null : OTHER_DOCUMENTS), clock);
  const nothingStored: StoredAnalyses = { analyses: new Map(), speakerEvidence: new Map() };
  let earlier = nothingStored;
  if (stored.ok) {
    const restored = await restoreChecked(stored, key, digests, clock, withLedger, report);
    if (restored) {
      report({ kind: 'restored', ms: Math.round(performance.now() - started) });
      return restored;
    }
    earlier = await storedAnalyses(stored.segments, clock).catch(() => nothingStored);
  } else {
    report({ kind: 'ignored', reason: stored.reason });
  }
  const built = buildAnalysedSnapshot(
    sources,
    onProgress,
    (analysisKey) => earlier.analyses.get(analysisKey),
    (textSha256) => earlier.speakerEvidence.get(textSha256),
  );
  const reused = built.snapshot.corpus.documents.length - built.analysed;
  if (reused > 0) report({ kind: 'reused', documents: reused, analysed: built.analysed });
  const saveStarted = performance.now();
  try {
    const bytes = await writeSnapshotFile(file, { key, analysis }, snapshotSegments(built));
    report({ kind: 'saved', bytes, ms: Math.round(performance.now() - saveStarted) });
    onProgress({ phase: 'snapshot_written', bytes });
  } catch (error) {
    report({ kind: 'save_failed', message: (error as Error).message });
  }
  return { snapshot: built.snapshot, ledger: withLedger ? built.ledger : null, digests };
}
