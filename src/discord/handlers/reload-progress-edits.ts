import type { ReloadProgress } from '../../app/verbatim-service.js';

export interface ProgressEditsOptions {
  readonly now: () => number;
  /** No edit before the reload has lasted this long: a quick reload goes straight to its report. */
  readonly delayMs: number;
  /** At least this long between two edits, to stay clear of Discord's rate limits. */
  readonly intervalMs: number;
  readonly edit: (progress: ReloadProgress) => Promise<void>;
  /** A failed progress edit is only logged: the reload goes on, and its report is sent anyway. */
  readonly onError: (error: unknown) => void;
}

export interface ProgressEdits {
  report(progress: ReloadProgress): void;
  /** Waits for the edits already sent, then ignores further reports, so the final reply is the last word. */
  close(): Promise<void>;
}

/** Turns a reload's phases into a few edits of the moderator's reply: none early, and spaced out. */
export function throttleProgressEdits(options: ProgressEditsOptions): ProgressEdits {
  const started = options.now();
  let lastEdit = Number.NEGATIVE_INFINITY;
  let closed = false;
  let edits: Promise<void> = Promise.resolve();
  return {
    report(progress) {
      const now = options.now();
      if (closed || now - started < options.delayMs || now - lastEdit < options.intervalMs) return;
      lastEdit = now;
      edits = edits.then(() => options.edit(progress)).catch(options.onError);
    },
    async close() {
      closed = true;
      await edits;
    },
  };
}
