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
import { type Ledger, ledgerChunks, ledgerEntries, ledgerEntry, type LedgerEntry } from './ledger.js';
import type { CorpusDocument, Speaker } from '../corpus/corpus-types.js';
import {
  findSpeakerEvidence,
  registryFromEvidence,
  type SpeakerEvidence,
} from '../corpus/speakers/discover-speakers.js';
import { createMentionFinder } from '../corpus/speakers/find-mentions.js';
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
  readonly speakers: readonly Speaker[];
  /** The ledger of the corpus the delta leads to. */
  readonly ledger: Ledger;
}

/** How many documents a delta may add, change or remove; beyond it a full build is about as quick. */
const MAX_DELTA_DOCUMENTS = 200;

/**
 * The delta from the corpus `ledger` describes to one of `sources`, or null when it cannot be
 * made in proportion to the change: too many documents changed, a changed document cannot be served (the full
 * build refuses it by name), or the corpus-wide speaker registry changed, so that the analysis of documents whose
 * text did not change may have (their registry mentions). The result is then what a full build gives.
 */
export function corpusDelta(ledger: Ledger, sources: readonly SourceText[]): CorpusDelta | null {
  const previous = ledgerEntries(ledger.chunks);
  const before = new Map(previous.map((entry) => [entry.id, entry]));
  const changed = sources.filter((source) => {
    const entry = before.get(source.id);
    return (
      entry === undefined ||
      entry.sha256 !== sha256(source.text) ||
      entry.metadata !== JSON.stringify(source.metadata ?? null)
    );
  });
  const kept = new Set(sources.map((source) => source.id));
  const removed = previous.filter((entry) => !kept.has(entry.id)).map((entry) => entry.id);
  if (sources.length === 0 || changed.length + removed.length > MAX_DELTA_DOCUMENTS) return null;
  // Nothing changed: the served snapshot stays as it is (see `prepareDelta`), so no version or speakers are needed.
  if (changed.length + removed.length === 0 && sources.every((source, index) => previous[index]?.id === source.id))
    return { order: previous.map((entry) => entry.id), upserts: [], removed: [], version: '', speakers: [], ledger };
  const readings = new Map(changed.map((source) => [source.id, readDocument(source)]));
  const evidence = new Map([...readings].map(([id, reading]) => [id, findSpeakerEvidence(bodyText(reading))]));
  const evidenceOf = (source: SourceText): SpeakerEvidence =>
    evidence.get(source.id) ?? (before.get(source.id) as LedgerEntry).speakerEvidence;
  const registry = registryFromEvidence(sources.map(evidenceOf));
  if (registryFingerprint(registry) !== ledger.registry) return null;
  const findMentions = createMentionFinder(registry);
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
      speakerEvidence: evidenceOf(source),
    };
    if (servingProblem(analysis.document) !== null) return null;
    upserts.push({ analysis, entry: ledgerEntry(source, analysis) });
  }
  const upserted = new Map(upserts.map((upsert) => [upsert.entry.id, upsert]));
  const entries = sources.map((source) => upserted.get(source.id)?.entry ?? (before.get(source.id) as LedgerEntry));
  const version = corpusVersion(entries.map((entry) => ({ id: entry.id, sha256: entry.sha256 })));
  const speakers = corpusSpeakers(
    registry,
    entries.map((entry) => entry.entities),
    new Set(entries.flatMap((entry) => entry.quotedSpeakers)),
  );
  return {
    order: sources.map((source) => source.id),
    upserts: upserts.map((upsert) => upsert.analysis.document),
    removed,
    version,
    speakers,
    ledger: { chunks: ledgerChunks(entries), registry: ledger.registry },
  };
}

/** A delta as it crosses from the worker: its shape is checked, its documents are checked again where served. */
export const corpusDeltaSchema = z.looseObject({
  order: z.array(z.string()),
  upserts: z.array(z.looseObject({ id: z.string() })),
  removed: z.array(z.string()),
  version: z.string(),
  speakers: z.array(z.looseObject({ name: z.string() })),
  ledger: z.object({ chunks: z.array(z.instanceof(Uint8Array)), registry: z.string() }),
});
