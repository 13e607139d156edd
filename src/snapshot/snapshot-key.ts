import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SourceText } from '../corpus/build-corpus.js';
import type { SliceClock } from './slice-clock.js';

/**
 * What a snapshot is checked against for one document: its name, the SHA-256 of its text, its manifest metadata
 * as JSON and, when read on this thread, the text itself.
 */
export interface SourceDigest {
  readonly id: string;
  readonly sha256: string;
  readonly metadataJson: string;
  readonly text?: string;
}

/**
 * Digests as they cross from a worker, without texts: as three lists of strings, which cross and are checked in a
 * few ms at 10,000 documents, where as many objects took a tenth of a second on the receiving thread.
 */
export const sentDigestsSchema = z
  .object({
    ids: z.array(z.string()),
    sha256s: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
    metadata: z.array(z.string()),
  })
  .refine((sent) => sent.sha256s.length === sent.ids.length && sent.metadata.length === sent.ids.length);
export type SentDigests = z.infer<typeof sentDigestsSchema>;

/** Digests as a worker sends them (see `sentDigestsSchema`). */
export function sentDigests(digests: readonly SourceDigest[]): SentDigests {
  return {
    ids: digests.map((digest) => digest.id),
    sha256s: digests.map((digest) => digest.sha256),
    metadata: digests.map((digest) => digest.metadataJson),
  };
}

/** The digests a worker sent, once checked against `sentDigestsSchema`. */
export function receivedDigests(sent: SentDigests): SourceDigest[] {
  return sent.ids.map((id, index) => ({
    id,
    sha256: sent.sha256s[index] as string,
    metadataJson: sent.metadata[index] as string,
  }));
}

function textSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function digestOf(source: SourceText): SourceDigest {
  return {
    id: source.id,
    sha256: textSha256(source.text),
    metadataJson: JSON.stringify(source.metadata ?? null),
    text: source.text,
  };
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
  // The line `JSON.stringify([id, sha256, metadata])` gives, with the metadata already in JSON.
  for (const digest of digests)
    hash.update(`[${JSON.stringify(digest.id)},${JSON.stringify(digest.sha256)},${digest.metadataJson}]\n`);
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
