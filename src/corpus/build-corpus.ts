import type { Corpus, CorpusDocument, Speaker } from './corpus-types.js';
import type { DocumentEntities } from './speakers/document-entities.js';
import {
  analyseDocument,
  analysisKey,
  readDocument,
  registryMentions,
  sha256,
  type DocumentAnalysis,
  type DocumentReading,
  type SourceText,
} from './analyse-document.js';
import {
  findSpeakerEvidence,
  registryFromEvidence,
  type SpeakerEvidence,
  type SpeakerRegistry,
} from './speakers/discover-speakers.js';
import { createMentionFinder } from './speakers/find-mentions.js';
import { mergeDocumentSpeakers } from './speakers/merge-document-speakers.js';

export type { SourceText } from './analyse-document.js';

/** A document's analysis with the key it can be reused under (see `analysisKey`). */
export interface KeyedAnalysis extends DocumentAnalysis {
  readonly key: string;
  /** What the document's text contributes to the speaker registry, reusable under its text's SHA-256. */
  readonly speakerEvidence: SpeakerEvidence;
}

/** A built corpus, with each document's analysis kept for the next build to reuse. */
export interface AnalysedCorpus {
  readonly corpus: Corpus;
  readonly analyses: readonly KeyedAnalysis[];
  /** How many documents were analysed afresh rather than reused. */
  readonly analysed: number;
  /** A SHA-256 of the speaker registry the documents were analysed with (see `registryFingerprint`). */
  readonly registry: string;
}

/** A SHA-256 of a speaker registry: two builds whose registries have the same one analyse a text the same. */
export function registryFingerprint(registry: SpeakerRegistry): string {
  return sha256(JSON.stringify(registry));
}

/** Earlier analyses by key; none by default. */
export type ReuseAnalysis = (key: string) => DocumentAnalysis | undefined;

/** Earlier speaker evidence by the SHA-256 of a document's text; none by default. */
export type ReuseSpeakerEvidence = (textSha256: string) => SpeakerEvidence | undefined;

/** A document's body paragraphs, as registry discovery reads them. */
export function bodyText({ source, body }: DocumentReading): string {
  return body.map((paragraph) => source.text.slice(paragraph.start, paragraph.end)).join('\n\n');
}

/**
 * Builds the whole corpus from texts: layout, sentences, speakers, quotations. The speaker registry is
 * discovered across every document's body, from each document's evidence (reused for a text seen before);
 * each document is then analysed on its own, or its earlier analysis reused when its key (text, metadata and
 * the registry's mentions in it) is unchanged. No I/O but WordNet's dictionary (see `analyseDocument`).
 */
export function analyseCorpus(
  sources: readonly SourceText[],
  reuse: ReuseAnalysis = () => undefined,
  reuseEvidence: ReuseSpeakerEvidence = () => undefined,
): AnalysedCorpus {
  const readings = sources.map(readDocument);
  // Evidence depends on the text alone (its body is found from the text), so its hash is enough to reuse it.
  const evidence = readings.map(
    (reading) => reuseEvidence(sha256(reading.source.text)) ?? findSpeakerEvidence(bodyText(reading)),
  );
  const registry = registryFromEvidence(evidence);
  const bodyNames = new Set(
    registry.entries.filter((entry) => entry.speaker.kind === 'body').map((entry) => entry.speaker.name),
  );
  const findRegistryMentions = createMentionFinder(registry);
  let analysed = 0;
  const analyses = readings.map((reading, index): KeyedAnalysis => {
    const mentions = registryMentions(reading, findRegistryMentions, bodyNames);
    const key = analysisKey(reading.source, mentions);
    const speakerEvidence = evidence[index] as SpeakerEvidence;
    const earlier = reuse(key);
    // The key covers the text; comparing it as well keeps a stale or foreign analysis from ever being served.
    if (earlier?.document.id === reading.source.id && earlier.document.text === reading.source.text)
      return { document: earlier.document, entities: earlier.entities, key, speakerEvidence };
    analysed++;
    return { ...analyseDocument(reading, mentions), key, speakerEvidence };
  });
  const documents = analyses.map((analysis) => analysis.document);
  const speakers = corpusSpeakers(
    registry,
    analyses.map((analysis) => analysis.entities),
    new Set(documents.flatMap(quotedSpeakers)),
  );
  return {
    corpus: { version: corpusVersion(documents), documents, speakers },
    analyses,
    analysed,
    registry: registryFingerprint(registry),
  };
}

/** The names of the speakers the documents' quotations are attributed to (null for none), each once. */
export function quotedSpeakers(document: CorpusDocument): (string | null)[] {
  return [...new Set(document.quotations.map((quotation) => quotation.speaker))];
}

/** A short hash over every document's name and text: it changes whenever the corpus does. */
export function corpusVersion(documents: readonly Pick<CorpusDocument, 'id' | 'sha256'>[]): string {
  return sha256(
    documents
      .map((document) => `${document.id}:${document.sha256}`)
      .sort()
      .join('\n'),
  ).slice(0, 12);
}

/**
 * The corpus's speakers: those of the registry it was analysed with that are people or quoted (`quoted`: the
 * speakers its quotations are attributed to), merged with each document's own (`entities`, in corpus order).
 */
export function corpusSpeakers(
  registry: SpeakerRegistry,
  entities: readonly Pick<DocumentEntities, 'persons' | 'bodies'>[],
  quoted: ReadonlySet<string | null>,
): Speaker[] {
  const discovered = registry.entries
    .map((entry) => entry.speaker)
    .filter(
      (speaker) =>
        speaker.kind === 'person' || quoted.has(speaker.name) || /Department|Ministry|Kremlin/.test(speaker.name),
    );
  return mergeDocumentSpeakers(discovered, entities, quoted);
}

/** Builds the whole corpus from texts, analysing every document afresh. No I/O but WordNet's (see `analyseDocument`). */
export function buildCorpus(sources: readonly SourceText[]): Corpus {
  return analyseCorpus(sources).corpus;
}
