import { z } from 'zod';
import {
  analyseDocument,
  analysisKey,
  readDocument,
  registryMentions,
  sha256,
  type SourceText,
} from '../corpus/analyse-document.js';
import { bodyText, corpusSpeakers, corpusVersion, type KeyedAnalysis, quotedSpeakers } from '../corpus/build-corpus.js';
import type { Speaker } from '../corpus/corpus-types.js';
import {
  findSpeakerEvidence,
  registryFromEvidence,
  type SpeakerEvidence,
} from '../corpus/speakers/discover-speakers.js';
import type { DocumentEntities } from '../corpus/speakers/document-entities.js';
import { createMentionFinder } from '../corpus/speakers/find-mentions.js';
import { servingProblem } from './corpus-snapshot.js';

/**
 * What a reload needs to know of one served document to tell whether it changed, and to work out the corpus-wide
 * registry and speakers again without reading it: its text's hash, its manifest metadata, its analysis key, its
 * speaker evidence and entities, and the speakers its quotations are attributed to.
 */
export interface LedgerEntry {
  readonly id: string;
  readonly sha256: string;
  /** `JSON.stringify(source.metadata ?? null)`. */
  readonly metadata: string;
  readonly key: string;
  readonly speakerEvidence: SpeakerEvidence;
  readonly entities: DocumentEntities;
  readonly quotedSpeakers: readonly (string | null)[];
}

/** The ledger entry of a document served from `source` with `analysis`. */
export function ledgerEntry(source: SourceText, analysis: KeyedAnalysis): LedgerEntry {
  return {
    id: source.id,
    sha256: analysis.document.sha256,
    metadata: JSON.stringify(source.metadata ?? null),
    key: analysis.key,
    speakerEvidence: analysis.speakerEvidence,
    entities: analysis.entities,
    quotedSpeakers: quotedSpeakers(analysis.document),
  };
}

/**
 * How a corpus changed, in proportion to what changed: the documents in their new order (by name), those added or
 * changed with their analyses, and the new version and speakers. Every other document is the one already served.
 */
export interface CorpusDelta {
  readonly order: readonly string[];
  readonly upserts: readonly { readonly analysis: KeyedAnalysis; readonly entry: LedgerEntry }[];
  readonly removed: readonly string[];
  readonly version: string;
  readonly speakers: readonly Speaker[];
}

/** How many documents a delta may add, change or remove; beyond it a full build is about as quick. */
const MAX_DELTA_DOCUMENTS = 200;

/**
 * The delta from the corpus `previous` describes (in corpus order) to one of `sources`, or null when it cannot be
 * made in proportion to the change: too many documents changed, a changed document cannot be served (the full
 * build refuses it by name), or the corpus-wide speaker registry changed, so that the analysis of documents whose
 * text did not change may have (their registry mentions). The result is then what a full build gives.
 */
export function corpusDelta(previous: readonly LedgerEntry[], sources: readonly SourceText[]): CorpusDelta | null {
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
  const readings = new Map(changed.map((source) => [source.id, readDocument(source)]));
  const evidence = new Map([...readings].map(([id, reading]) => [id, findSpeakerEvidence(bodyText(reading))]));
  const evidenceOf = (source: SourceText): SpeakerEvidence =>
    evidence.get(source.id) ?? (before.get(source.id) as LedgerEntry).speakerEvidence;
  const registry = registryFromEvidence(sources.map(evidenceOf));
  if (
    changed.length + removed.length > 0 &&
    JSON.stringify(registry) !== JSON.stringify(registryFromEvidence(previous.map((entry) => entry.speakerEvidence)))
  )
    return null;
  const findMentions = createMentionFinder(registry);
  const bodyNames = new Set(
    registry.entries.filter((entry) => entry.speaker.kind === 'body').map((entry) => entry.speaker.name),
  );
  const upserts: CorpusDelta['upserts'][number][] = [];
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
  return { order: sources.map((source) => source.id), upserts, removed, version, speakers };
}

/** A delta as it crosses from the worker: its shape is checked, its documents are checked again where served. */
export const corpusDeltaSchema = z.looseObject({
  order: z.array(z.string()),
  upserts: z.array(z.looseObject({ analysis: z.looseObject({}), entry: z.looseObject({ id: z.string() }) })),
  removed: z.array(z.string()),
  version: z.string(),
  speakers: z.array(z.looseObject({ name: z.string() })),
});
