import {
  analyseCorpus,
  type KeyedAnalysis,
  type ReuseAnalysis,
  type ReuseSpeakerEvidence,
  type SourceText,
} from '../corpus/build-corpus.js';
import { sha256 } from '../corpus/analyse-document.js';
import type { Corpus, CorpusDocument } from '../corpus/corpus-types.js';
import type { RefusedFile } from '../corpus/read-corpus-dir.js';
import { buildQuoteIndex, type QuoteIndex } from '../quotes/quote-index.js';
import { buildSearchIndex, type SearchIndex } from '../search/search-index.js';
import type { ReportProgress } from './reload-progress.js';
import { type Ledger, ledgerChunks, ledgerEntry } from './ledger.js';

/** Everything built from one version of the corpus; questions hold on to the snapshot they started with. */
export interface CorpusSnapshot {
  readonly corpus: Corpus;
  readonly search: SearchIndex;
  readonly quotes: QuoteIndex;
  /** Documents read but left out because they cannot be served (nothing citable, quotations off their offsets). */
  readonly refused: readonly RefusedFile[];
}

export class CorpusValidationError extends Error {
  override readonly name = 'CorpusValidationError';
}

/** Why a built document cannot be served; null when it can. */
export function servingProblem(document: CorpusDocument): string | null {
  if (document.sentences.length === 0) return 'it has no citable sentences';
  const misplaced = document.quotations.find(
    (quotation) => document.text.slice(quotation.start, quotation.end) !== quotation.text,
  );
  return misplaced ? `quotation ${misplaced.id} does not stand at its offsets` : null;
}

/** The error for a load that leaves nothing to serve, naming each file and why it was refused. */
export function noDocumentsError(refused: readonly RefusedFile[]): CorpusValidationError {
  const reasons = refused.map((entry) => `${entry.file}: ${entry.reason}`).join('; ');
  return new CorpusValidationError(`The corpus has no readable documents${reasons ? ` (${reasons})` : ''}.`);
}

/** A built snapshot with each document's analysis, which the stored snapshot keeps for the next build to reuse. */
export interface AnalysedSnapshot {
  readonly snapshot: CorpusSnapshot;
  readonly analyses: readonly KeyedAnalysis[];
  /** How many documents were analysed afresh rather than reused. */
  readonly analysed: number;
  /** What a later reload works out its delta from. */
  readonly ledger: Ledger;
  /** The served documents' files as they were read, in corpus order. */
  readonly files: ReadFiles;
}

/**
 * Files as they were read: names, stamps (see `SourceText.stamp`; null when the file had none) and the SHA-256 of
 * each text, as lists of strings (10,000 objects would cost a start more to read back).
 */
export interface ReadFiles {
  readonly ids: readonly string[];
  readonly stamps: readonly (string | null)[];
  readonly sha256s: readonly string[];
}

/**
 * Builds and checks a snapshot, reusing earlier analyses of documents whose key is unchanged, and earlier
 * speaker evidence of texts seen before. A document that
 * cannot be served is refused by name and the rest are built again without it; a corpus left with no documents
 * is refused so that it never replaces a good one.
 * @throws CorpusValidationError
 */
export function buildAnalysedSnapshot(
  sources: readonly SourceText[],
  onProgress: ReportProgress = () => {},
  reuse: ReuseAnalysis = () => undefined,
  reuseEvidence: ReuseSpeakerEvidence = () => undefined,
): AnalysedSnapshot {
  if (sources.length === 0) throw noDocumentsError([]);
  let built = analyseCorpus(sources, reuse, reuseEvidence);
  const refused: RefusedFile[] = [];
  for (const document of built.corpus.documents) {
    const problem = servingProblem(document);
    if (problem) refused.push({ file: document.id, reason: problem });
  }
  if (refused.length > 0) {
    // Speakers are discovered across documents, so the survivors are built again without the refused ones.
    const kept = sources.filter((source) => !refused.some((entry) => entry.file === source.id));
    if (kept.length === 0) throw noDocumentsError(refused);
    const first = new Map(built.analyses.map((analysis) => [analysis.key, analysis]));
    const firstEvidence = new Map(
      built.analyses.map((analysis) => [sha256(analysis.document.text), analysis.speakerEvidence]),
    );
    built = analyseCorpus(
      kept,
      (key) => first.get(key) ?? reuse(key),
      (textSha256) => firstEvidence.get(textSha256) ?? reuseEvidence(textSha256),
    );
  }
  const { corpus, analyses, analysed, registry } = built;
  onProgress({ phase: 'analysed', documents: corpus.documents.length });
  const search = buildSearchIndex(corpus);
  const quotes = buildQuoteIndex(corpus);
  onProgress({ phase: 'indexed' });
  const byId = new Map(sources.map((source) => [source.id, source]));
  const ledger: Ledger = {
    chunks: ledgerChunks(
      analyses.map((analysis) => ledgerEntry(byId.get(analysis.document.id) as SourceText, analysis)),
    ),
    registry,
  };
  const files: ReadFiles = {
    ids: corpus.documents.map((document) => document.id),
    stamps: corpus.documents.map((document) => byId.get(document.id)?.stamp ?? null),
    sha256s: corpus.documents.map((document) => document.sha256),
  };
  return { snapshot: { corpus, search, quotes, refused }, analyses, analysed, ledger, files };
}

/**
 * Builds and checks a snapshot, analysing every document afresh.
 * @throws CorpusValidationError
 */
export function buildSnapshot(sources: readonly SourceText[], onProgress: ReportProgress = () => {}): CorpusSnapshot {
  return buildAnalysedSnapshot(sources, onProgress).snapshot;
}
