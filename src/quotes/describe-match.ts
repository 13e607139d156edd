import type { CorpusDocument, Span } from '../corpus/corpus-types.js';
import type { AlignStep } from './align-claim.js';
import type { UnitMatch } from './find-matches.js';
import type { PreparedClaim } from './prepare-claim.js';
import { NEGATION, NUMBER, OPTIONAL, type IndexedDocument, type QuoteIndex } from './quote-index.js';
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

function containing<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const span = spans[middle] as T;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}

/** The corpus words the alignment covers, widened to whole editorial brackets. */
function matchedSpan(indexed: IndexedDocument, match: UnitMatch): Span {
  const steps = match.alignment.steps;
  let head = 0;
  let tail = steps.length;
  const skipped = (step: AlignStep | undefined) => step !== undefined && (step.op === 'insert' || (step.op === 'delete' && step.free));
  while (head < tail && skipped(steps[head])) head++;
  while (tail > head && skipped(steps[tail - 1])) tail--;
  const positions = steps.slice(head, tail).flatMap((step) => (step.op === 'insert' ? [] : [match.unit.from + step.corpus]));
  const first = positions[0] ?? match.unit.from;
  const last = positions.at(-1) ?? first;
  const text = indexed.document.text;
  let start = indexed.starts[first] as number;
  let end = indexed.ends[last] as number;
  if (((indexed.flags[first] as number) & OPTIONAL) !== 0) {
    const open = text.lastIndexOf('[', start);
    if (open >= 0 && !text.slice(open, start).includes(']')) start = open;
  }
  if (((indexed.flags[last] as number) & OPTIONAL) !== 0) {
    const close = text.indexOf(']', end);
    if (close >= 0 && !text.slice(end, close).includes('[')) end = close + 1;
  }
  return { start, end };
}

/** The paragraph(s) around a quotation, or the sentence(s) around the match when that is too long. */
function contextSpan(document: CorpusDocument, match: UnitMatch, span: Span): Span {
  const unit = match.unit;
  if (unit.sentence) return unit.sentence;
  const outer = unit.quotation ?? span;
  const firstParagraph = containing(document.paragraphs, outer.start);
  const lastParagraph = containing(document.paragraphs, Math.max(outer.start, outer.end - 1));
  if (firstParagraph && lastParagraph && lastParagraph.end - firstParagraph.start <= MAX_PARAGRAPH_CONTEXT) {
    return { start: firstParagraph.start, end: lastParagraph.end };
  }
  const firstSentence = containing(document.sentences, span.start);
  const lastSentence = containing(document.sentences, Math.max(span.start, span.end - 1));
  return { start: firstSentence?.start ?? span.start, end: lastSentence?.end ?? span.end };
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
export function describeDifferences(index: QuoteIndex, claim: PreparedClaim, match: UnitMatch): { differences: Difference[]; meaningChanges: MeaningChange[] } {
  const indexed = index.documents[match.unit.documentIndex] as IndexedDocument;
  const differences: Difference[] = [];
  const meaningChanges: MeaningChange[] = [];
  let corpusWords: number[] = [];
  let claimWords: number[] = [];
  const flush = () => {
    if (corpusWords.length === 0 && claimWords.length === 0) return;
    const corpusText =
      corpusWords.length === 0 ? '' : indexed.document.text.slice(indexed.starts[corpusWords[0] as number], indexed.ends[corpusWords.at(-1) as number]);
    const claimText =
      claimWords.length === 0 ? '' : claim.text.slice(claim.tokens[claimWords[0] as number]?.start, claim.tokens[claimWords.at(-1) as number]?.end);
    const op = corpusWords.length === 0 ? 'insert' : claimWords.length === 0 ? 'delete' : 'replace';
    const difference: Difference = { op, corpus: corpusText, claim: claimText };
    differences.push(difference);
    const corpusFlags = corpusWords.reduce((flags, position) => flags | (index.termFlags[indexed.terms[position] as number] as number), 0);
    const claimNorms = claimWords.map((position) => claim.tokens[position]?.norm ?? '');
    if ((corpusFlags & NEGATION) !== 0 || claimNorms.some(isNegation)) meaningChanges.push({ kind: 'negation', difference });
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
