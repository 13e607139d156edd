import type { CorpusDocument, Span } from '../corpus/corpus-types.js';
import type { UnitMatch } from './find-matches.js';
import type { PreparedClaim } from './prepare-claim.js';
import { NEGATION, NUMBER, OPTIONAL, spanContaining, type IndexedDocument, type QuoteIndex } from './quote-index.js';
import { isNegation, isNumber } from './quote-tokens.js';
import type { Difference } from './verify-result.js';

export interface MatchEvidence {
  readonly source: string;
  /** Always `document.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly context: string;
}

/** A difference that changes a negation or a number: it reverses or alters what was said. */
export interface MeaningChange {
  readonly kind: 'negation' | 'number';
  readonly difference: Difference;
}

/** Paragraph context is shown whole up to this length; longer paragraphs are cut to the sentences matched. */
const MAX_PARAGRAPH_CONTEXT = 700;

/** The corpus words the match covers, widened to whole editorial brackets. */
function matchedSpan(indexed: IndexedDocument, match: UnitMatch): Span {
  const text = indexed.document.text;
  let start = indexed.starts[match.first] as number;
  let end = indexed.ends[match.last] as number;
  if (((indexed.flags[match.first] as number) & OPTIONAL) !== 0) {
    const open = text.lastIndexOf('[', start);
    if (open >= 0 && !text.slice(open, start).includes(']')) start = open;
  }
  if (((indexed.flags[match.last] as number) & OPTIONAL) !== 0) {
    const close = text.indexOf(']', end);
    if (close >= 0 && !text.slice(end, close).includes('[')) end = close + 1;
  }
  return { start, end };
}

/** The sentences from the one holding `span`'s start to the one holding its end. */
function sentencesAround(document: CorpusDocument, span: Span): Span {
  const first = document.sentences[spanContaining(document.sentences, span.start)];
  const last = document.sentences[spanContaining(document.sentences, Math.max(span.start, span.end - 1))];
  return { start: Math.min(first?.start ?? span.start, span.start), end: Math.max(last?.end ?? span.end, span.end) };
}

/** The teaser line (see `Paragraph['kind']`) that holds `span`, if one does. */
function teaserHolding(document: CorpusDocument, span: Span): Span | undefined {
  const paragraph = document.paragraphs[spanContaining(document.paragraphs, span.start)];
  return paragraph?.kind === 'teaser' && span.end <= paragraph.end ? paragraph : undefined;
}

/** Whether a match stands in a line the page links another story by, not in the article's own text. */
export function matchInTeaser(index: QuoteIndex, match: UnitMatch): boolean {
  const indexed = index.documents[match.unit.documentIndex] as IndexedDocument;
  return teaserHolding(indexed.document, matchedSpan(indexed, match)) !== undefined;
}

/** The paragraph(s) around a quotation, or the sentences around the match for narration and long paragraphs. */
function contextSpan(document: CorpusDocument, match: UnitMatch, span: Span): Span {
  const quotation = match.unit.quotation;
  if (!quotation) return teaserHolding(document, span) ?? sentencesAround(document, span);
  const firstParagraph = document.paragraphs[spanContaining(document.paragraphs, quotation.start)];
  const lastParagraph =
    document.paragraphs[spanContaining(document.paragraphs, Math.max(quotation.start, quotation.end - 1))];
  if (firstParagraph && lastParagraph && lastParagraph.end - firstParagraph.start <= MAX_PARAGRAPH_CONTEXT) {
    return { start: firstParagraph.start, end: lastParagraph.end };
  }
  return sentencesAround(document, span);
}

/** Where the match stands in its document, and the passage around it. */
export function describeEvidence(index: QuoteIndex, match: UnitMatch): MatchEvidence {
  const indexed = index.documents[match.unit.documentIndex] as IndexedDocument;
  const document = indexed.document;
  const span = matchedSpan(indexed, match);
  const context = contextSpan(document, match, span);
  return {
    source: document.id,
    text: document.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    context: document.text.slice(context.start, context.end),
  };
}

/**
 * The word-level differences of an alignment: each run of changed, added or dropped words, in the
 * corpus's own spelling and the claim's. Editorial brackets and words skipped at an ellipsis are not differences.
 */
export function describeDifferences(
  index: QuoteIndex,
  claim: PreparedClaim,
  match: UnitMatch,
): { differences: Difference[]; meaningChanges: MeaningChange[] } {
  const indexed = index.documents[match.unit.documentIndex] as IndexedDocument;
  const differences: Difference[] = [];
  const meaningChanges: MeaningChange[] = [];
  let corpusWords: number[] = [];
  let claimWords: number[] = [];
  const flush = () => {
    if (corpusWords.length === 0 && claimWords.length === 0) return;
    const corpusText =
      corpusWords.length === 0
        ? ''
        : indexed.document.text.slice(
            indexed.starts[corpusWords[0] as number],
            indexed.ends[corpusWords.at(-1) as number],
          );
    const claimText =
      claimWords.length === 0
        ? ''
        : claim.text.slice(
            claim.tokens[claimWords[0] as number]?.start,
            claim.tokens[claimWords.at(-1) as number]?.end,
          );
    const op = corpusWords.length === 0 ? 'insert' : claimWords.length === 0 ? 'delete' : 'replace';
    const difference: Difference = { op, corpus: corpusText, claim: claimText };
    differences.push(difference);
    const corpusFlags = corpusWords.reduce(
      (flags, position) => flags | (index.termFlags[indexed.terms[position] as number] as number),
      0,
    );
    const claimNorms = claimWords.map((position) => claim.tokens[position]?.norm ?? '');
    if ((corpusFlags & NEGATION) !== 0 || claimNorms.some(isNegation))
      meaningChanges.push({ kind: 'negation', difference });
    if ((corpusFlags & NUMBER) !== 0 || claimNorms.some(isNumber)) meaningChanges.push({ kind: 'number', difference });
    corpusWords = [];
    claimWords = [];
  };
  for (const step of match.alignment.steps) {
    if (step.op === 'equal' || ((step.op === 'insert' || step.op === 'delete') && step.free)) {
      flush();
      continue;
    }
    if (step.op !== 'insert') corpusWords.push(match.unit.from + step.corpus);
    if (step.op !== 'delete') claimWords.push(step.claim);
  }
  flush();
  return { differences, meaningChanges };
}
