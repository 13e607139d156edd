import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { readCorpusDir, type RefusedFile } from '../corpus/read-corpus-dir.js';
import { documentNameProblem, documentProblem, MAX_DOCUMENT_NAME_LENGTH } from '../corpus/validate-document-bytes.js';
import { InputError } from '../errors/input-error.js';
import type { ReloadReport } from './verbatim-service.js';
import { buildSnapshot, type CorpusSnapshot } from './corpus-snapshot.js';

export interface CorpusStoreOptions {
  readonly directory: string;
  readonly maxDocumentBytes: number;
  readonly now?: () => number;
}

/**
 * Holds the serving snapshot. Reloads are serialised, built to one side and swapped in only when valid,
 * so a bad corpus never replaces a good one and a question keeps the snapshot it started with.
 */
export class CorpusStore {
  #current: CorpusSnapshot | null = null;
  #refused: readonly RefusedFile[] = [];
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
  reload(): Promise<ReloadReport> {
    return this.#serial(() => this.#reload());
  }

  /**
   * Writes a new document (checked for name, size and encoding) into the corpus directory, then reloads.
   * If the reload fails the file is removed again.
   * @throws InputError for a refused upload.
   */
  addDocument(fileName: string, bytes: Uint8Array): Promise<ReloadReport> {
    return this.#serial(async () => {
      if (documentNameProblem(fileName) !== null) {
        throw new InputError(
          `Refused the file name \u27E8${fileName}\u27E9: use a plain .txt or .md file name (letters, digits, dot, dash, underscore; at most ${MAX_DOCUMENT_NAME_LENGTH} characters).`,
        );
      }
      const name = fileName;
      const problem = documentProblem(name, bytes, this.#options.maxDocumentBytes);
      if (problem) throw new InputError(`Refused ${name}: ${problem}.`);
      await mkdir(this.#options.directory, { recursive: true });
      const target = path.join(this.#options.directory, name);
      const temporary = path.join(this.#options.directory, `.${name}.${process.pid}.tmp`);
      const previous = await readFile(target).catch(() => null);
      await writeFile(temporary, bytes);
      await rename(temporary, target);
      try {
        return await this.#reload();
      } catch (error) {
        if (previous) await writeFile(target, previous);
        else await rm(target, { force: true });
        throw error;
      }
    });
  }

  async #reload(): Promise<ReloadReport> {
    const now = this.#options.now ?? (() => performance.now());
    const started = now();
    const files = await readCorpusDir(this.#options.directory, this.#options.maxDocumentBytes);
    const next = buildSnapshot(files.sources);
    const before = new Map((this.#current?.corpus.documents ?? []).map((document) => [document.id, document.sha256]));
    const after = new Map(next.corpus.documents.map((document) => [document.id, document.sha256]));
    this.#current = next;
    this.#refused = files.refused;
    return {
      corpusVersion: next.corpus.version,
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after].filter(([id, sha]) => before.has(id) && before.get(id) !== sha).map(([id]) => id),
      documents: next.corpus.documents.length,
      quotations: next.corpus.documents.reduce((sum, document) => sum + document.quotations.length, 0),
      refused: files.refused,
      tookMs: Math.round(now() - started),
    };
  }
}
