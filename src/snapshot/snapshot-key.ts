import { createHash, type Hash } from 'node:crypto';
import type { SourceText } from '../corpus/build-corpus.js';
import type { SliceClock } from './slice-clock.js';

function addSource(hash: Hash, source: SourceText): void {
  const text = createHash('sha256').update(source.text).digest('hex');
  hash.update(`${JSON.stringify([source.id, text, source.metadata ?? null])}\n`);
}

/**
 * The key a snapshot is filed under: a SHA-256 over the analysis code's version and every document's name,
 * bytes and manifest metadata, in order. Any change to any of them gives another key.
 */
export function snapshotKey(sources: readonly SourceText[], analysisVersion: string): string {
  const hash = createHash('sha256').update(`analysis ${analysisVersion}\n`);
  for (const source of sources) addSource(hash, source);
  return hash.digest('hex');
}

/** The same key as `snapshotKey`, worked out in slices between which the event loop runs. */
export async function snapshotKeyInSlices(
  sources: readonly SourceText[],
  analysisVersion: string,
  clock: SliceClock,
): Promise<string> {
  const hash = createHash('sha256').update(`analysis ${analysisVersion}\n`);
  for (const source of sources) {
    addSource(hash, source);
    await clock.pause();
  }
  return hash.digest('hex');
}
