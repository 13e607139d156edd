import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { quotedSpeakers, type KeyedAnalysis, type SourceText } from '../corpus/build-corpus.js';
import type { SpeakerEvidence } from '../corpus/speakers/discover-speakers.js';
import type { DocumentEntities } from '../corpus/speakers/document-entities.js';
import { speakerEvidenceSchema } from './speaker-evidence-schema.js';

/**
 * What a reload needs to know of one served document to tell whether it changed, and to work out the corpus-wide
 * registry and speakers again without reading it: its text's hash, its manifest metadata, its analysis key, its
 * speaker evidence, the people and bodies it names, and the speakers its quotations are attributed to.
 */
export interface LedgerEntry {
  readonly id: string;
  readonly sha256: string;
  /** `JSON.stringify(source.metadata ?? null)`. */
  readonly metadata: string;
  /** The file's stamp when it was read (see `SourceText.stamp`), or null: a reload skips the file while it holds. */
  readonly stamp: string | null;
  readonly key: string;
  readonly speakerEvidence: SpeakerEvidence;
  readonly entities: Pick<DocumentEntities, 'persons' | 'bodies'>;
  readonly quotedSpeakers: readonly (string | null)[];
}

/**
 * The ledger of a served corpus as it is kept and handed to the reload worker: its entries in corpus order,
 * serialised in chunks (the main thread never reads them, so a start or a reload does not pay for them), and the
 * fingerprint of the speaker registry they were analysed with.
 */
export interface Ledger {
  readonly chunks: readonly Uint8Array[];
  readonly registry: string;
}

/** The ledger entry of a document served from `source` with `analysis`. */
export function ledgerEntry(source: SourceText, analysis: KeyedAnalysis): LedgerEntry {
  return {
    id: source.id,
    sha256: analysis.document.sha256,
    metadata: JSON.stringify(source.metadata ?? null),
    stamp: source.stamp ?? null,
    key: analysis.key,
    speakerEvidence: analysis.speakerEvidence,
    entities: { persons: analysis.entities.persons, bodies: analysis.entities.bodies },
    quotedSpeakers: quotedSpeakers(analysis.document),
  };
}

/** About as many documents as a documents segment of the snapshot holds, so a chunk deserialises in a few ms. */
const ENTRIES_PER_CHUNK = 50;

/** A ledger's entries as read, with the chunks they came from, so that a chunk left as it was is not written again. */
export interface ReadLedger {
  readonly entries: readonly LedgerEntry[];
  readonly chunks: readonly Uint8Array[];
  /** Where each chunk's entries start in `entries`. */
  readonly chunkStarts: readonly number[];
  readonly registry: string;
}

/**
 * The entries serialised in chunks of `ENTRIES_PER_CHUNK`. A chunk of `previous` whose entries are the very same
 * objects, in the same places, is reused as it is: a reload that changes one document serialises one chunk.
 */
export function ledgerChunks(entries: readonly LedgerEntry[], previous?: ReadLedger): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let from = 0; from < entries.length; from += ENTRIES_PER_CHUNK) {
    const slice = entries.slice(from, from + ENTRIES_PER_CHUNK);
    const at = chunks.length;
    const kept =
      previous !== undefined &&
      previous.chunkStarts[at] === from &&
      (previous.chunkStarts[at + 1] ?? previous.entries.length) === from + slice.length &&
      slice.every((entry, offset) => previous.entries[from + offset] === entry);
    chunks.push(kept ? (previous.chunks[at] as Uint8Array) : serialize(slice));
  }
  return chunks;
}

const strings = z.array(z.string());
// Evidence and entities feed the registry and the speakers; they are checked in full (they are small).
const entrySchema = z.object({
  id: z.string(),
  sha256: z.string(),
  metadata: z.string(),
  stamp: z.string().nullable(),
  key: z.string(),
  speakerEvidence: speakerEvidenceSchema,
  entities: z.object({
    persons: z.array(z.looseObject({ name: z.string(), surname: z.string(), titles: z.set(z.string()) })),
    bodies: strings,
  }),
  quotedSpeakers: z.array(z.string().nullable()),
});

/**
 * The entries of a ledger's chunks, each checked.
 * @throws Error when a chunk cannot be deserialised or does not hold ledger entries.
 */
export function ledgerEntries(chunks: readonly Uint8Array[]): LedgerEntry[] {
  return [...readLedger({ chunks, registry: '' }).entries];
}

/**
 * Reads a ledger (its bytes come from a stored snapshot, so each entry is checked).
 * @throws Error when a chunk cannot be deserialised or does not hold ledger entries.
 */
export function readLedger(ledger: Ledger): ReadLedger {
  const entries: LedgerEntry[] = [];
  const chunkStarts: number[] = [];
  for (const chunk of ledger.chunks) {
    const read: unknown = deserialize(chunk);
    if (!Array.isArray(read) || !read.every((entry) => entrySchema.safeParse(entry).success))
      throw new Error('The ledger does not have the shape of one.');
    chunkStarts.push(entries.length);
    // The parsed copies only prove the shape; the originals keep their sets as they were.
    entries.push(...(read as LedgerEntry[]));
  }
  return { entries, chunks: ledger.chunks, chunkStarts, registry: ledger.registry };
}
