import type { AskResult } from '../answer/ask-result.js';
import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import type { VerifyRequest } from '../quotes/verify-request.js';
import type { VerifyResult } from '../quotes/verify-result.js';
import type { ReloadProgress } from '../snapshot/reload-progress.js';

export type { ReloadProgress } from '../snapshot/reload-progress.js';

/** How a caller follows a reload: `onProgress` hears each phase as it starts. */
export interface ReloadOptions {
  readonly onProgress?: (progress: ReloadProgress) => void;
}

export interface SourceSummary {
  readonly source: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly characters: number;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly quotations: number;
}

export interface QuotationView {
  readonly id: string;
  readonly source: string;
  readonly speaker: string | null;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface ReloadReport {
  readonly corpusVersion: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly documents: number;
  readonly quotations: number;
  /** Files that were refused (binary, empty, too large...) with the reason. */
  readonly refused: readonly RefusedFile[];
  readonly tookMs: number;
}

/**
 * What every front end (CLI, chat, Discord, benchmarks) talks to. Implemented once in the composition root.
 * Questions that are claim checks ('Did Putin say "..."?') come back from `ask` as a verdict rendered as an answer.
 */
export interface VerbatimService {
  ask(question: string): Promise<AskResult>;
  /** @throws InputError when the claim is empty or too short to check. */
  verify(request: VerifyRequest): VerifyResult;
  sources(): readonly SourceSummary[];
  /** Files in the corpus directory that were not loaded, with the reason. */
  refusedFiles(): readonly RefusedFile[];
  quotes(speaker?: string): readonly QuotationView[];
  /** Canonical speaker names, for autocomplete. */
  speakers(): readonly string[];
  /** The one speaker a text names ("apparently Putin said"), resolved like a claimed speaker; null when none or several. */
  speakerNamedIn(text: string): string | null;
  corpusVersion(): string;
  /** Re-reads the corpus directory; the old corpus keeps serving when the new one is bad. */
  reload(options?: ReloadOptions): Promise<ReloadReport>;
  /** Writes a validated document into the corpus directory, then reloads; an existing name needs `replace`. */
  addDocument(
    fileName: string,
    bytes: Uint8Array,
    options?: ReloadOptions & { readonly replace?: boolean },
  ): Promise<ReloadReport>;
  /** Deletes a document from the corpus directory, then reloads; the file is put back if the reload fails. */
  removeDocument(fileName: string, options?: ReloadOptions): Promise<ReloadReport>;
  /** Settles once the snapshots reloads store in the background are written (a test waits for it before cleaning up). */
  storedInBackground(): Promise<void>;
  /**
   * Loads what the first question would otherwise load while it waits (the part-of-speech tagger, about 0.2 s): a
   * server calls it before it takes questions.
   */
  warmUp(): void;
}
