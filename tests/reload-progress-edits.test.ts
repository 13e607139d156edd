import { describe, expect, it } from 'vitest';
import type { ReloadProgress } from '../src/app/verbatim-service.js';
import { throttleProgressEdits } from '../src/discord/handlers/reload-progress-edits.js';

function harness(delayMs: number, intervalMs: number) {
  let now = 1_000;
  const edited: string[] = [];
  const errors: unknown[] = [];
  const edits = throttleProgressEdits({
    now: () => now,
    delayMs,
    intervalMs,
    edit: async (progress) => {
      edited.push(progress.phase);
    },
    onError: (error) => errors.push(error),
  });
  return {
    edits,
    edited,
    errors,
    at(ms: number, progress: ReloadProgress) {
      now = 1_000 + ms;
      edits.report(progress);
    },
  };
}

describe('throttleProgressEdits', () => {
  it('shows nothing of a reload shorter than the delay', async () => {
    const { at, edits, edited } = harness(2_000, 2_000);
    at(10, { phase: 'files_read', documents: 5 });
    at(900, { phase: 'analysed', documents: 5 });
    at(1_999, { phase: 'restoring' });
    await edits.close();
    expect(edited).toEqual([]);
  });

  it('after the delay, edits at most once per interval and drops the phases in between', async () => {
    const { at, edits, edited } = harness(2_000, 2_000);
    at(100, { phase: 'files_read', documents: 5 });
    at(2_500, { phase: 'analysed', documents: 5 });
    at(3_000, { phase: 'indexed' });
    at(4_499, { phase: 'snapshot_written', bytes: 10 });
    at(4_500, { phase: 'restoring' });
    await edits.close();
    expect(edited).toEqual(['analysed', 'restoring']);
  });

  it('ignores reports after close, so the final reply stays the last word', async () => {
    const { at, edits, edited } = harness(0, 0);
    at(0, { phase: 'files_read', documents: 1 });
    await edits.close();
    at(5_000, { phase: 'restoring' });
    await edits.close();
    expect(edited).toEqual(['files_read']);
  });

  it('keeps edits in order and waits for the one in flight before closing', async () => {
    let release = () => {};
    const order: string[] = [];
    const edits = throttleProgressEdits({
      now: () => 0,
      delayMs: 0,
      intervalMs: 0,
      edit: (progress) =>
        progress.phase === 'files_read'
          ? new Promise<void>((resolve) => {
              release = () => {
                order.push(progress.phase);
                resolve();
              };
            })
          : Promise.resolve().then(() => void order.push(progress.phase)),
      onError: () => {},
    });
    edits.report({ phase: 'files_read', documents: 1 });
    edits.report({ phase: 'indexed' });
    const closed = edits.close().then(() => order.push('closed'));
    await Promise.resolve();
    release();
    await closed;
    expect(order).toEqual(['files_read', 'indexed', 'closed']);
  });

  it('a failed edit is reported and does not stop the next one', async () => {
    const errors: unknown[] = [];
    const edited: string[] = [];
    const edits = throttleProgressEdits({
      now: () => 0,
      delayMs: 0,
      intervalMs: 0,
      edit: async (progress) => {
        if (progress.phase === 'files_read') throw new Error('rate limited');
        edited.push(progress.phase);
      },
      onError: (error) => errors.push(error),
    });
    edits.report({ phase: 'files_read', documents: 1 });
    edits.report({ phase: 'restoring' });
    await edits.close();
    expect(edited).toEqual(['restoring']);
    expect(errors).toHaveLength(1);
  });
});
