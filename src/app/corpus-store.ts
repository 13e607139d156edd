import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { type CorpusFiles, readCorpusDir, type RefusedFile } from '../corpus/read-corpus-dir.js';
import type { SourceText } from '../corpus/build-corpus.js';
import { documentNameProblem, documentProblem, MAX_DOCUMENT_NAME_LENGTH } from '../corpus/validate-document-bytes.js';
import { InputError } from '../errors/input-error.js';
import type { ReloadOptions, ReloadReport } from './verbatim-service.js';
import { buildSnapshotOffThread, warmWorker } from '../snapshot/build-off-thread.js';
import {
  loadOrBuildServed,
  loadOrBuildSnapshot,
  restoreForStart,
  restoreStored,
  type ServedSnapshot,
  type StartRestore,
  type SnapshotEvent,
} from '../snapshot/snapshot-cache.js';
import { corpusDelta, type CorpusDelta } from '../snapshot/corpus-delta.js';
import type { Ledger } from '../snapshot/ledger.js';
import { prepareDelta } from '../snapshot/apply-delta.js';
import { SliceClock } from '../snapshot/slice-clock.js';
import { buildAnalysedSnapshot, noDocumentsError, type CorpusSnapshot } from '../snapshot/corpus-snapshot.js';
import type { ReportProgress } from '../snapshot/reload-progress.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function withoutByteOrderMark(bytes: Uint8Array): Uint8Array {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte) ? bytes.subarray(UTF8_BOM.length) : bytes;
}

export interface AddDocumentOptions extends ReloadOptions {
  /** Replace a document of the same name; without it an existing name is refused. */
  readonly replace?: boolean;
}

export interface CorpusStoreOptions {
  readonly directory: string;
  readonly maxDocumentBytes: number;
  readonly now?: () => number;
  /** Where the analysed corpus is stored between starts; without it every load builds from scratch. */
  readonly snapshotFile?: string;
  readonly onSnapshot?: (event: SnapshotEvent) => void;
  /** Reloads after the first build the snapshot in a worker thread, so questions keep being answered meanwhile. */
  readonly buildOffThread?: boolean;
  /**
   * Works out, with `pause()` between steps, what the first question to a served snapshot would otherwise work out
   * in one go (lookups built on first use); run once each snapshot is served, before its load or reload settles.
   */
  readonly prepare?: (snapshot: CorpusSnapshot, pause: () => Promise<void>) => Promise<void>;
}

/**
 * Holds the serving snapshot. Reloads are serialised, built to one side and swapped in only when valid,
 * so a bad corpus never replaces a good one and a question keeps the snapshot it started with.
 */
export class CorpusStore {
  #current: CorpusSnapshot | null = null;
  #refused: readonly RefusedFile[] = [];
  /** What the next reload works out its delta from; null when the serving snapshot came without one. */
  #ledger: Ledger | null = null;
  #persisting: Promise<void> = Promise.resolve();
  #persistWaiting = false;
  readonly #serial = pLimit(1);
  readonly #options: CorpusStoreOptions;

  constructor(options: CorpusStoreOptions) {
    this.#options = options;
  }

  /** @throws Error when no corpus has been loaded yet. */
  get current(): CorpusSnapshot {
    if (!this.#current) throw new Error('The corpus has not been loaded yet.');
    return this.#current;
  }

  get refused(): readonly RefusedFile[] {
    return this.#refused;
  }

  /**
   * Reads the directory again and swaps the new snapshot in.
   * @throws CorpusLoadError or CorpusValidationError, leaving the old snapshot serving.
   */
  reload({ onProgress }: ReloadOptions = {}): Promise<ReloadReport> {
    return this.#serial(() => this.#reload(onProgress));
  }

  /**
   * Writes a new document (checked for name, size and encoding) into the corpus directory, then reloads.
   * A leading byte-order mark is removed, so that an uploaded file's offsets start at its first character.
   * An existing document is replaced only when `replace` is set. If the reload fails the old state is restored.
   * @throws InputError for a refused upload, or an existing name without `replace`.
   */
  addDocument(
    fileName: string,
    bytes: Uint8Array,
    { replace = false, onProgress }: AddDocumentOptions = {},
  ): Promise<ReloadReport> {
    return this.#serial(async () => {
      const name = this.#checkedName(fileName);
      const problem = documentProblem(name, bytes, this.#options.maxDocumentBytes);
      if (problem) throw new InputError(`Refused ${name}: ${problem}.`);
      await mkdir(this.#options.directory, { recursive: true });
      const target = path.join(this.#options.directory, name);
      const previous = await readFile(target).catch(() => null);
      if (previous && !replace) {
        throw new InputError(
          `${name} is already in the corpus. Nothing was changed; to replace it, add it again with the replace option.`,
        );
      }
      const temporary = path.join(this.#options.directory, `.${name}.${process.pid}.tmp`);
      await writeFile(temporary, withoutByteOrderMark(bytes));
      await rename(temporary, target);
      return this.#reloadOrRestore(target, previous, onProgress);
    });
  }

  /**
   * Deletes a document from the corpus directory, then reloads. If the reload fails (the last document, say) the file is put back.
   * @throws InputError when there is no such document.
   */
  removeDocument(fileName: string, { onProgress }: ReloadOptions = {}): Promise<ReloadReport> {
    return this.#serial(async () => {
      const name = this.#checkedName(fileName);
      const target = path.join(this.#options.directory, name);
      const previous = await readFile(target).catch(() => null);
      if (!previous) throw new InputError(`There is no document called ${name} in the corpus.`);
      await rm(target);
      return this.#reloadOrRestore(target, previous, onProgress);
    });
  }

  #checkedName(fileName: string): string {
    if (documentNameProblem(fileName) !== null) {
      throw new InputError(
        `Refused the file name \u27E8${fileName}\u27E9: use a plain .txt or .md file name (letters, digits, dot, dash, underscore; at most ${MAX_DOCUMENT_NAME_LENGTH} characters).`,
      );
    }
    return fileName;
  }

  async #reloadOrRestore(
    target: string,
    previous: Uint8Array | null,
    onProgress: ReportProgress | undefined,
  ): Promise<ReloadReport> {
    try {
      return await this.#reload(onProgress);
    } catch (error) {
      if (previous) await writeFile(target, previous);
      else await rm(target, { force: true });
      throw error;
    }
  }

  async #reload(onProgress: ReportProgress = () => {}): Promise<ReloadReport> {
    const now = this.#options.now ?? (() => performance.now());
    const started = now();
    const { snapshotFile, onSnapshot = () => {}, buildOffThread = false, directory, maxDocumentBytes } = this.#options;
    const current = this.#current;
    const ledger = this.#ledger;
    let files: CorpusFiles | null = null;
    if (snapshotFile && buildOffThread && current) {
      // Only a delta or the stored result is used: applying or restoring it below is quick. Should the worker
      // fail, the build below runs here instead and reports the real error.
      if (!ledger) onProgress({ phase: 'files_read', documents: current.corpus.documents.length });
      // Without a ledger the files were announced above; the worker's own `files_read` would repeat it.
      const fromWorker: ReportProgress = (progress) => {
        if (ledger || progress.phase !== 'files_read') onProgress(progress);
      };
      const built = await buildSnapshotOffThread(
        { directory, maxDocumentBytes, snapshotFile, ...(ledger ? { ledger } : {}) },
        onSnapshot,
        fromWorker,
      );
      if (built.ok && built.delta && ledger)
        return this.#applyDelta(current, built.delta, built.refused, started, onProgress);
      if (built.ok) onProgress({ phase: 'restoring' });
      if (built.ok && built.delta === undefined && built.stored) {
        const { digests, refused } = built.stored;
        const restored = await restoreStored(snapshotFile, digests, onSnapshot, new SliceClock());
        if (restored)
          return this.#serve(restored.snapshot, restored.ledger, [...refused, ...restored.snapshot.refused], started);
      }
    } else {
      const restored = snapshotFile && !current ? await this.#restoreForStart(snapshotFile) : null;
      if (restored) {
        const { sources, unread, refused } = restored.files;
        onProgress({ phase: 'files_read', documents: sources.length + unread.length });
        const { snapshot, ledger: stored } = restored.served;
        return this.#serve(snapshot, stored, [...refused, ...snapshot.refused], started);
      }
      files = await readCorpusDir(directory, maxDocumentBytes);
      if (files.sources.length === 0) throw noDocumentsError(files.refused);
      onProgress({ phase: 'files_read', documents: files.sources.length });
      const delta = current && ledger ? corpusDelta(ledger, files.sources) : null;
      if (current && ledger && delta) return this.#applyDelta(current, delta, files.refused, started, onProgress);
    }
    files ??= await readCorpusDir(directory, maxDocumentBytes);
    if (files.sources.length === 0) throw noDocumentsError(files.refused);
    const served = snapshotFile
      ? await loadOrBuildServed(
          snapshotFile,
          files.sources,
          onSnapshot,
          onProgress,
          // Before the first load nothing is served, so nothing waits for the restore's yields.
          current ? new SliceClock() : SliceClock.unsliced(),
          true,
        )
      : servedByBuild(files.sources, onProgress);
    return this.#serve(served.snapshot, served.ledger, [...files.refused, ...served.snapshot.refused], started);
  }

  /** The stored snapshot for a first start, reading only the files whose stamps changed (see `restoreForStart`). */
  #restoreForStart(snapshotFile: string): Promise<StartRestore | null> {
    const { onSnapshot = () => {}, directory, maxDocumentBytes } = this.#options;
    return restoreForStart(
      snapshotFile,
      // Nothing is served yet: the files are inspected without yielding, which is quicker.
      (known) => readCorpusDir(directory, maxDocumentBytes, { known, blocking: true }),
      onSnapshot,
      SliceClock.unsliced(),
    );
  }

  async #applyDelta(
    current: CorpusSnapshot,
    delta: CorpusDelta,
    refused: readonly RefusedFile[],
    started: number,
    onProgress: ReportProgress,
  ): Promise<ReloadReport> {
    const changes = delta.upserts.length + delta.removed.length;
    if (changes > 0) onProgress({ phase: 'applying', documents: changes });
    const clock = new SliceClock();
    // The delta's message was read in the task that runs this: applying it starts in a slice of its own.
    await clock.yieldNow();
    const prepared = await prepareDelta(current, delta, clock);
    // `commit` changes the search index in place: nothing may run between it and the swap.
    const report = this.#swap(prepared.commit(), prepared.ledger, refused, started);
    await this.#prepareServed(clock);
    if (changes > 0) this.#persistInBackground();
    return report;
  }

  /** Swaps `next` in, then prepares it for its first question (see `CorpusStoreOptions.prepare`). */
  async #serve(
    next: CorpusSnapshot,
    ledger: Ledger | null,
    refusedFiles: readonly RefusedFile[],
    started: number,
  ): Promise<ReloadReport> {
    // Before the first load nothing is served, so nothing waits for its yields.
    const clock = this.#current ? new SliceClock() : SliceClock.unsliced();
    const report = this.#swap(next, ledger, refusedFiles, started);
    await this.#prepareServed(clock);
    return report;
  }

  async #prepareServed(clock: SliceClock): Promise<void> {
    // The next reload's worker starts and reads the ledger now, while the served corpus is prepared and before
    // questions come (it takes the worker seconds to load), in a slice of its own: starting a process from one of
    // this size takes 30 to 40 ms.
    if (this.#options.snapshotFile && this.#options.buildOffThread) {
      await clock.yieldNow();
      warmWorker(this.#ledger);
      await clock.yieldNow();
    }
    const { prepare } = this.#options;
    if (prepare && this.#current) await prepare(this.#current, () => clock.pause());
  }

  /**
   * Stores the snapshot of the files as they now are, for the next start, without holding up reloads or questions:
   * a worker builds it (reusing the stored analyses) while the served corpus keeps answering. A failure only costs
   * the next start its shortcut; a reload that needs the stored file waits for it.
   */
  #persistInBackground(): void {
    const { snapshotFile, onSnapshot = () => {}, buildOffThread = false, directory, maxDocumentBytes } = this.#options;
    // One that has not started yet will read the files as they are by then: a second would store the same.
    if (!snapshotFile || this.#persistWaiting) return;
    this.#persistWaiting = true;
    this.#persisting = this.#persisting.then(async () => {
      this.#persistWaiting = false;
      try {
        if (buildOffThread) await buildSnapshotOffThread({ directory, maxDocumentBytes, snapshotFile }, onSnapshot);
        else {
          const files = await readCorpusDir(directory, maxDocumentBytes);
          await loadOrBuildSnapshot(snapshotFile, files.sources, onSnapshot, () => {}, SliceClock.unsliced());
        }
      } catch (error) {
        onSnapshot({ kind: 'save_failed', message: (error as Error).message });
      }
    });
  }

  /** Stored snapshots being written after delta reloads; settled when there are none. */
  get persisted(): Promise<void> {
    return this.#persisting;
  }

  #swap(
    next: CorpusSnapshot,
    ledger: Ledger | null,
    refusedFiles: readonly RefusedFile[],
    started: number,
  ): ReloadReport {
    const now = this.#options.now ?? (() => performance.now());
    const refused = [...refusedFiles].sort((a, b) => a.file.localeCompare(b.file));
    const before = new Map((this.#current?.corpus.documents ?? []).map((document) => [document.id, document.sha256]));
    const after = new Map(next.corpus.documents.map((document) => [document.id, document.sha256]));
    this.#current = next;
    this.#ledger = ledger;
    this.#refused = refused;
    return {
      corpusVersion: next.corpus.version,
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after].filter(([id, sha]) => before.has(id) && before.get(id) !== sha).map(([id]) => id),
      documents: next.corpus.documents.length,
      quotations: next.corpus.documents.reduce((sum, document) => sum + document.quotations.length, 0),
      refused,
      tookMs: Math.round(now() - started),
    };
  }
}

/** A snapshot built here from `sources`, with its ledger. */
function servedByBuild(sources: readonly SourceText[], onProgress: ReportProgress): ServedSnapshot {
  const built = buildAnalysedSnapshot(sources, onProgress);
  return { snapshot: built.snapshot, ledger: built.ledger, digests: [] };
}
