import { createHash } from 'node:crypto';
import type { SourceText } from '../corpus/build-corpus.js';

/**
 * The key a snapshot is filed under: a SHA-256 over the analysis code's version and every document's name,
 * bytes and manifest metadata, in order. Any change to any of them gives another key.
 */
export function snapshotKey(sources: readonly SourceText[], analysisVersion: string): string {
  const hash = createHash('sha256').update(`analysis ${analysisVersion}\n`);
  for (const source of sources) {
    const text = createHash('sha256').update(source.text).digest('hex');
    hash.update(`${JSON.stringify([source.id, text, source.metadata ?? null])}\n`);
  }
  return hash.digest('hex');
}
