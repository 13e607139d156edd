import { z } from 'zod';
import {
  analyseDocument,
  analysisKey,
  readDocument,
  registryMentions,
  sha256,
  type SourceText,
} from '../corpus/analyse-document.js';
import {
  bodyText,
  corpusSpeakers,
  corpusVersion,
  type KeyedAnalysis,
  registryFingerprint,
} from '../corpus/build-corpus.js';
import { type Ledger, ledgerChunks, ledgerEntry, type LedgerEntry, type ReadLedger, readLedger } from './ledger.js';
import type { CorpusDocument, Speaker } from '../corpus/corpus-types.js';
import {
  findSpeakerEvidence,
  registryFromEvidence,
  type SpeakerEvidence,
  type SpeakerRegistry,
} from '../corpus/speakers/discover-speakers.js';
import { createMentionFinder, type MentionFinder } from '../corpus/speakers/find-mentions.js';
import type { UnreadFile } from '../corpus/read-corpus-dir.js';
import { servingProblem } from './corpus-snapshot.js';

/**
 * How a corpus changed, in proportion to what changed: the documents in their new order (by name), those added or
 * changed with their analyses, and the new version and speakers. Every other document is the one already served.
 */
export interface CorpusDelta {
  readonly order: readonly string[];
  /** The documents added or changed. */
  readonly upserts: readonly CorpusDocument[];
  readonly removed: readonly string[];
  readonly version: string;
  /** Null when the corpus's speakers are those already served. */
  readonly speakers: readonly Speaker[] | null;
  /** The ledger of the corpus the delta leads to. */
  readonly ledger: Ledger;
}

/** How many documents a delta may add, change or remove; beyond it a full build is about as quick. */
const MAX_DELTA_DOCUMENTS = 200;

/**
 * The delta from the corpus `ledger` describes to the files now in the directory, or null when it cannot be made in
 * proportion to the change: too many documents changed, a changed document cannot be served (the full build refuses
 * it by name), a file left unread is not the one the ledger knows, or the corpus-wide speaker registry changed, so
 * that the analysis of documents whose text did not change may have (their registry mentions). The result is then
 * what a full build gives. `sources` are the files read, `unread` those `readCorpusDir` skipped by their stamp.
 */
export function corpusDelta(
  ledger: Ledger,
  sources: readonly SourceText[],
  unread: readonly UnreadFile[] = [],
): CorpusDelta | null {
  return corpusDeltaFrom(readLedger(ledger), sources, unread);
}

/** The speaker registry a ledger's own evidence gives, and its mention finder, worked out ahead of a delta. */
export interface LedgerRegistry {
  readonly registry: SpeakerRegistry;
  readonly findMentions: MentionFinder;
  /** In how many documents each word stands alone, and every surname sighted: all that words alone count for. */
  readonly aloneIn: ReadonlyMap<string, number>;
  readonly surnames: ReadonlySet<string>;
}

/** Works out the registry of the corpus `ledger` describes (a reload worker does it while idle). */
export function ledgerRegistry(ledger: ReadLedger): LedgerRegistry {
  const evidence = ledger.entries.map((entry) => entry.speakerEvidence);
  const registry = registryFromEvidence(evidence);
  const aloneIn = new Map<string, number>();
  for (const text of evidence) for (const word of new Set(text.alone)) aloneIn.set(word, (aloneIn.get(word) ?? 0) + 1);
  const surnames = new Set(evidence.flatMap((text) => text.persons.map((person) => person.surname)));
  return { registry, findMentions: createMentionFinder(registry), aloneIn, surnames };
}

/**
 * Whether the documents' new evidence, in the same order, gives `ahead`'s registry: each changed document sights the
 * same people, bodies and countries as before, and no surname joins or leaves the corpus's words standing alone
 * (the only thing those words decide in `registryFromEvidence`). An appended sentence usually changes only those.
 */
function givesSameRegistry(
  ahead: LedgerRegistry,
  evidence: ReadonlyMap<string, SpeakerEvidence>,
  before: ReadonlyMap<string, LedgerEntry>,
): boolean {
  const change = new Map<string, number>();
  for (const [id, found] of evidence) {
    const earlier = before.get(id)?.speakerEvidence;
    if (!earlier) return false;
    // Everything but the words standing alone, so a field added to the evidence later is compared too.
    const sightings = ({ alone: _alone, ...rest }: SpeakerEvidence) => JSON.stringify(rest, setsAsLists);
    if (sightings(found) !== sightings(earlier)) return false;
    for (const word of new Set(found.alone)) change.set(word, (change.get(word) ?? 0) + 1);
    for (const word of new Set(earlier.alone)) change.set(word, (change.get(word) ?? 0) - 1);
  }
  return [...change].every(([word, by]) => {
    const was = ahead.aloneIn.get(word) ?? 0;
    return was > 0 === was + by > 0 || !ahead.surnames.has(word);
  });
}

/**
 * As `corpusDelta`, with the ledger already read. `ahead`, the ledger's own registry, is used when the documents
 * keep their order and the changed ones' evidence gives the same registry (see `givesSameRegistry`).
 */
export function corpusDeltaFrom(
  ledger: ReadLedger,
  sources: readonly SourceText[],
  unread: readonly UnreadFile[],
  ahead?: LedgerRegistry,
): CorpusDelta | null {
  const previous = ledger.entries;
  const before = new Map(previous.map((entry) => [entry.id, entry]));
  const metadataOf = (file: SourceText | UnreadFile) => JSON.stringify(file.metadata ?? null);
  if (
    unread.some(
      (file) => before.get(file.id)?.stamp !== file.stamp || before.get(file.id)?.metadata !== metadataOf(file),
    )
  )
    return null;
  const changed = sources.filter((source) => {
    const entry = before.get(source.id);
    return entry === undefined || entry.sha256 !== sha256(source.text) || entry.metadata !== metadataOf(source);
  });
  // In the order `readCorpusDir` reads them: by name.
  const order = [...sources.map((source) => source.id), ...unread.map((file) => file.id)].sort();
  const kept = new Set(order);
  const removed = previous.filter((entry) => !kept.has(entry.id)).map((entry) => entry.id);
  if (order.length === 0 || changed.length + removed.length > MAX_DELTA_DOCUMENTS) return null;
  const stamps = new Map(sources.map((source) => [source.id, source.stamp ?? null]));
  const restamped = (entry: LedgerEntry): LedgerEntry => {
    const stamp = stamps.get(entry.id);
    return stamp === undefined || stamp === entry.stamp ? entry : { ...entry, stamp };
  };
  // Nothing changed: the served snapshot stays as it is (see `prepareDelta`), so no version or speakers are needed.
  if (changed.length + removed.length === 0 && order.every((id, index) => previous[index]?.id === id))
    return {
      order,
      upserts: [],
      removed: [],
      version: '',
      speakers: null,
      ledger: { chunks: ledgerChunks(previous.map(restamped), ledger), registry: ledger.registry },
    };
  const readings = new Map(changed.map((source) => [source.id, readDocument(source)]));
  const evidence = new Map([...readings].map(([id, reading]) => [id, findSpeakerEvidence(bodyText(reading))]));
  const evidenceOf = (id: string): SpeakerEvidence =>
    evidence.get(id) ?? (before.get(id) as LedgerEntry).speakerEvidence;
  const sameEvidence =
    ahead !== undefined &&
    order.length === previous.length &&
    order.every((id, index) => previous[index]?.id === id) &&
    givesSameRegistry(ahead, evidence, before);
  const registry = sameEvidence ? ahead.registry : registryFromEvidence(order.map(evidenceOf));
  if (registryFingerprint(registry) !== ledger.registry) return null;
  const findMentions = sameEvidence ? ahead.findMentions : createMentionFinder(registry);
  const bodyNames = new Set(
    registry.entries.filter((entry) => entry.speaker.kind === 'body').map((entry) => entry.speaker.name),
  );
  const upserts: { readonly analysis: KeyedAnalysis; readonly entry: LedgerEntry }[] = [];
  for (const source of changed) {
    const reading = readings.get(source.id) as ReturnType<typeof readDocument>;
    const mentions = registryMentions(reading, findMentions, bodyNames);
    const analysis: KeyedAnalysis = {
      ...analyseDocument(reading, mentions),
      key: analysisKey(source, mentions),
      speakerEvidence: evidenceOf(source.id),
    };
    if (servingProblem(analysis.document) !== null) return null;
    upserts.push({ analysis, entry: ledgerEntry(source, analysis) });
  }
  const upserted = new Map(upserts.map((upsert) => [upsert.entry.id, upsert.entry]));
  const entries = order.map((id) => upserted.get(id) ?? restamped(before.get(id) as LedgerEntry));
  const speakersOf = (list: readonly LedgerEntry[]) =>
    corpusSpeakers(
      registry,
      list.map((entry) => entry.entities),
      new Set(list.flatMap((entry) => entry.quotedSpeakers)),
    );
  // The speakers are worked out from every document's people and quoted speakers: when the changed documents name
  // the same as before, and none came or went, they are those already served.
  const sameNames = (entry: LedgerEntry) => {
    const earlier = before.get(entry.id);
    return (
      earlier !== undefined &&
      JSON.stringify([earlier.entities, earlier.quotedSpeakers], setsAsLists) ===
        JSON.stringify([entry.entities, entry.quotedSpeakers], setsAsLists)
    );
  };
  const speakers =
    removed.length === 0 && upserts.every((upsert) => sameNames(upsert.entry)) ? null : speakersOf(entries);
  return {
    order,
    upserts: upserts.map((upsert) => upsert.analysis.document),
    removed,
    version: corpusVersion(entries),
    speakers: speakers !== null && JSON.stringify(speakers) === JSON.stringify(speakersOf(previous)) ? null : speakers,
    ledger: { chunks: ledgerChunks(entries, ledger), registry: ledger.registry },
  };
}

/** For `JSON.stringify`: a set as the list of its members (a person's titles are a set). */
function setsAsLists(_key: string, value: unknown): unknown {
  return value instanceof Set ? [...value] : value;
}

/**
 * A delta as it crosses from the worker: its shape is checked, its documents are checked again where served. A
 * ledger chunk the served ledger already holds crosses as its index there (see `sentDelta`), not as bytes.
 */
export const corpusDeltaSchema = z.looseObject({
  order: z.array(z.string()),
  upserts: z.array(z.looseObject({ id: z.string() })),
  removed: z.array(z.string()),
  version: z.string(),
  speakers: z.array(z.looseObject({ name: z.string() })).nullable(),
  ledger: z.object({
    chunks: z.array(z.union([z.instanceof(Uint8Array), z.number().int().nonnegative()])),
    registry: z.string(),
  }),
});

/** A delta as the worker sends it (see `sentDelta`). */
export type SentDelta = Omit<CorpusDelta, 'ledger'> & {
  readonly ledger: { readonly chunks: readonly (Uint8Array | number)[]; readonly registry: string };
};

/** A delta as the worker sends it: each ledger chunk also in `served` (the same object) is sent as its index there. */
export function sentDelta(delta: CorpusDelta, served: readonly Uint8Array[]): SentDelta {
  const indexOf = new Map(served.map((chunk, index) => [chunk, index]));
  return {
    ...delta,
    ledger: { ...delta.ledger, chunks: delta.ledger.chunks.map((chunk) => indexOf.get(chunk) ?? chunk) },
  };
}

/**
 * The delta a worker sent (checked against `corpusDeltaSchema`), its chunk indexes read from `served`; null when
 * an index is not one of `served`.
 */
export function receivedDelta(sent: SentDelta, served: readonly Uint8Array[]): CorpusDelta | null {
  const chunks: Uint8Array[] = [];
  for (const chunk of sent.ledger.chunks) {
    const bytes = typeof chunk === 'number' ? served[chunk] : chunk;
    if (!bytes) return null;
    chunks.push(bytes);
  }
  return { ...sent, ledger: { registry: sent.ledger.registry, chunks } };
}
