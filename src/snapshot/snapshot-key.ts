import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SourceText } from '../corpus/build-corpus.js';
import type { SliceClock } from './slice-clock.js';

/**
 * What a snapshot is checked against for one document: its name, the SHA-256 of its text, its manifest metadata
 * and, when read on this thread, the text itself.
 */
export interface SourceDigest {
  readonly id: string;
  readonly sha256: string;
  readonly metadata: unknown;
  readonly text?: string;
}

/** Digests as they cross from a worker: without texts, checked like any other input. */
export const sentDigestsSchema = z.array(
  z.object({ id: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), metadata: z.unknown() }).strict(),
);

function textSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function digestOf(source: SourceText): SourceDigest {
  return { id: source.id, sha256: textSha256(source.text), metadata: source.metadata ?? null, text: source.text };
}

/** Every source's digest, worked out in slices between which the event loop runs. */
export async function digestSources(sources: readonly SourceText[], clock: SliceClock): Promise<SourceDigest[]> {
  const digests: SourceDigest[] = [];
  for (const source of sources) {
    digests.push(digestOf(source));
    await clock.pause();
  }
  return digests;
}

/**
 * The key a snapshot is filed under: a SHA-256 over the analysis code's version and every document's name,
 * text's SHA-256 and manifest metadata, in order. Any change to any of them gives another key.
 */
export function snapshotKeyOf(digests: readonly SourceDigest[], analysisVersion: string): string {
  const hash = createHash('sha256').update(`analysis ${analysisVersion}\n`);
  for (const digest of digests) hash.update(`${JSON.stringify([digest.id, digest.sha256, digest.metadata ?? null])}\n`);
  return hash.digest('hex');
}

/** The key of `sources` (see `snapshotKeyOf`). */
export function snapshotKey(sources: readonly SourceText[], analysisVersion: string): string {
  return snapshotKeyOf(sources.map(digestOf), analysisVersion);
}

/** Whether `text` is the text `digest` was made from: compared as is when the digest holds it, else by SHA-256. */
export function matchesDigest(text: string, digest: SourceDigest): boolean {
  return digest.text === undefined ? textSha256(text) === digest.sha256 : digest.text === text;
}
