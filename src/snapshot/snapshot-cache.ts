import { buildAnalysedSnapshot, type CorpusSnapshot, noDocumentsError, type ReadFiles } from './corpus-snapshot.js';
import type { CorpusFiles, UnreadFile } from '../corpus/read-corpus-dir.js';
import { filesSchema, type Head, parsed, segmentLayout, storedHead } from './segment-shapes.js';
import type { SourceText } from '../corpus/build-corpus.js';
import { analysisVersion } from './analysis-version.js';
import { restoreSnapshot } from './restore-segments.js';
import { storedAnalyses, storedLedger } from './stored-analyses.js';
import type { Ledger } from './ledger.js';
import { snapshotSegments } from './write-segments.js';
import type { StoredAnalyses } from './stored-analyses.js';
import { SliceClock } from './slice-clock.js';
import { type SnapshotLabel, type SnapshotRead, withSnapshotFile, writeSnapshotFile } from './snapshot-file.js';
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
  // The worker's message was read and checked in the task that runs this: the key is worked out in a slice of its own.
  await clock.yieldNow();
  const key = snapshotKeyOf(digests, analysis);
  const restored = await withSnapshotFile(file, sameAnalysis(analysis), async (stored) => {
    if (stored.ok) return restoreChecked(stored, key, digests, clock, true, report);
    report({ kind: 'ignored', reason: stored.reason });
    return null;
  });
  if (restored) report({ kind: 'restored', ms: Math.round(performance.now() - started) });
  return restored;
}

/** A restore for a first start (see `restoreForStart`): what was served, and the files it was checked against. */
export interface StartRestore {
  readonly served: ServedSnapshot;
  readonly files: CorpusFiles;
}

/**
 * The snapshot stored in `file`, restored for a first start. `readFiles` reads the corpus directory, leaving unread
 * the files `known` recognises: those that still carry the stamp (size, times, inode) they had when the snapshot's
 * documents were read from them, as a reload's worker does; their digests are the snapshot's. Reading and hashing
 * every file cost a start 1.5 s at 10,000 documents. Null, with nothing reported, when there is no stored snapshot
 * for exactly these files or it fails a check: the caller then reads every file and restores or builds as before
 * (so a damaged snapshot is reported once, by that path).
 */
export async function restoreForStart(
  file: string,
  readFiles: (known: (name: string, stamp: string) => boolean) => Promise<CorpusFiles>,
  report: (event: SnapshotEvent) => void,
  clock: SliceClock,
): Promise<StartRestore | null> {
  const started = performance.now();
  const analysis = await analysisVersion();
  const restored = await withSnapshotFile(file, sameAnalysis(analysis), async (stored) => {
    if (!stored.ok) return null;
    let head: Head;
    let table: ReadFiles;
    try {
      head = await storedHead(stored.segments, clock);
      table = parsed(filesSchema, await stored.segments.read(segmentLayout(head).files, clock));
    } catch {
      return null;
    }
    const position = new Map(table.ids.map((id, index) => [id, index]));
    const files = await readFiles((name, stamp) => table.stamps[position.get(name) ?? -1] === stamp);
    const digests = mergedDigests(await digestSources(files.sources, clock), files.unread, table, position);
    const key = snapshotKeyOf(digests, analysis);
    if (digests.length === 0 || stored.label.key !== key) return null;
    const served = await restoreChecked(stored, key, digests, clock, true, () => {}, head);
    return served ? { served, files } : null;
  });
  if (restored) report({ kind: 'restored', ms: Math.round(performance.now() - started) });
  return restored;
}

/** The digests of the files read (`digested`) and of those left unread, from the snapshot's table, in name order. */
function mergedDigests(
  digested: readonly SourceDigest[],
  unread: readonly UnreadFile[],
  table: ReadFiles,
  position: ReadonlyMap<string, number>,
): SourceDigest[] {
  const fromTable = unread.map((entry) => ({
    id: entry.id,
    sha256: table.sha256s[position.get(entry.id) ?? -1] ?? '',
    metadataJson: JSON.stringify(entry.metadata ?? null),
  }));
  const merged: SourceDigest[] = [];
  let [read, left] = [0, 0];
  // Both lists are in the directory's name order (code-unit order, as `readCorpusDir` sorts it).
  while (read < digested.length || left < fromTable.length) {
    const next = digested[read];
    const other = fromTable[left];
    if (next && (!other || next.id < other.id)) {
      merged.push(next);
      read++;
    } else if (other) {
      merged.push(other);
      left++;
    }
  }
  return merged;
}

function sameAnalysis(analysis: string): (label: SnapshotLabel) => string | null {
  return (label) => (label.analysis === analysis ? null : OTHER_DOCUMENTS);
}

/** The snapshot in `stored` if it is filed under `key` and holds the documents `digests` describe; else null, reported. */
async function restoreChecked(
  stored: Extract<SnapshotRead, { ok: true }>,
  key: string,
  digests: readonly SourceDigest[],
  clock: SliceClock,
  withLedger: boolean,
  report: (event: SnapshotEvent) => void,
  head?: Head,
): Promise<ServedSnapshot | null> {
  try {
    if (stored.label.key !== key) throw new Error(OTHER_DOCUMENTS);
    // Read once for both: the head is a few MB at 10,000 documents.
    const read = head ?? (await storedHead(stored.segments, clock));
    const snapshot = await restoreSnapshot(stored.segments, digests, clock, read);
    return { snapshot, ledger: withLedger ? await storedLedger(stored.segments, clock, read) : null, digests };
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
  const nothingStored: StoredAnalyses = { analyses: new Map(), speakerEvidence: new Map() };
  const stored = await withSnapshotFile(file, sameAnalysis(analysis), async (read) => {
    if (!read.ok) {
      report({ kind: 'ignored', reason: read.reason });
      return nothingStored;
    }
    const restored = await restoreChecked(read, key, digests, clock, withLedger, report);
    if (restored) return restored;
    return storedAnalyses(read.segments, clock).catch(() => nothingStored);
  });
  if ('snapshot' in stored) {
    report({ kind: 'restored', ms: Math.round(performance.now() - started) });
    return stored;
  }
  const earlier = stored;
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
