import type { Citation } from '../answer/ask-result.js';
import { citationAt } from '../answer/select-citations.js';
import type { CorpusDocument, Quotation, Span, Speaker } from '../corpus/corpus-types.js';
import { resolveClaimedSpeaker } from '../corpus/speakers/resolve-claimed-speaker.js';
import { speakerDirectoryFor } from '../corpus/speakers/speaker-directory.js';
import { findVerbatim } from '../quotes/find-verbatim.js';
import type { Passage } from '../search/search-index.js';
import type { ModelAnswer } from './model-answer-schema.js';
import { sanitizeProse } from './sanitize-prose.js';

type QuoteRejectionReason =
  | 'unknown_passage'
  | 'not_verbatim'
  | 'too_short'
  | 'not_quoted_words'
  | 'unattributed_in_corpus'
  | 'unknown_speaker'
  | 'wrong_speaker';

/** A quote the gate refused. `quote` is the model's string: for logs and retry feedback only, never for display. */
export interface QuoteRejection {
  readonly claim: number;
  readonly passageId: string;
  readonly quote: string;
  readonly claimedSpeaker: string | null;
  readonly reason: QuoteRejectionReason;
  readonly detail: string;
}

/** A claim dropped whole: it had no quote, or none of its quotes survived. */
export interface DroppedClaim {
  readonly claim: number;
  readonly reason: 'no_quote' | 'no_surviving_quote';
}

export interface GroundedClaim {
  /** The model's prose, sanitised; empty when the prose tried to quote text its citations do not hold. */
  readonly prose: string;
  readonly citations: readonly Citation[];
}

export interface GroundingOutcome {
  readonly claims: readonly GroundedClaim[];
  /** Every distinct citation, numbered from 1 in order of first use. */
  readonly citations: readonly Citation[];
  readonly rejections: readonly QuoteRejection[];
  readonly dropped: readonly DroppedClaim[];
  /** Claims whose prose was discarded because it put unverified words in quotation marks. */
  readonly discardedProse: readonly number[];
  readonly unanswerable: boolean;
}

export interface GroundingContext {
  /** Exactly the passages the model was given; a quote may come from these only. */
  readonly passages: readonly Passage[];
  readonly speakers: readonly Speaker[];
}

const GROUNDING_LIMITS = {
  maxClaims: 6,
  maxQuotesPerClaim: 4,
  /** Fewer words than this prove nothing ("the", "Russia said"), unless they are a whole quotation ("fundamentally"). */
  minQuoteWords: 3,
} as const;

const NO_SPEAKER = new Set([
  '',
  'null',
  'none',
  'n/a',
  'unknown',
  'narrator',
  'narration',
  'reporter',
  'the reporter',
  'the article',
]);

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function trimmedSpan(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const lead = slice.length - slice.replace(/^[\s"'\u201C\u201D\u2018\u2019.,;:!?-]+/, '').length;
  const trail = slice.length - slice.replace(/[\s"'\u201C\u201D\u2018\u2019.,;:!?-]+$/, '').length;
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - trail) };
}

function containingQuotation(document: CorpusDocument, span: Span): Quotation | undefined {
  return document.quotations.find((quotation) => quotation.start <= span.start && span.end <= quotation.end);
}

function isWholeQuotation(document: CorpusDocument, span: Span, quotation: Quotation | undefined): boolean {
  if (!quotation) return false;
  const words = trimmedSpan(document.text, quotation);
  return words.start === span.start && words.end === span.end;
}

type QuoteVerdict =
  | { ok: true; document: CorpusDocument; span: Span; speaker: string | null }
  | { ok: false; reason: QuoteRejectionReason; detail: string };

function checkQuote(
  quote: { passageId: string; quote: string; speaker?: string | null | undefined },
  passagesById: ReadonlyMap<string, Passage>,
  speakers: readonly Speaker[],
): QuoteVerdict {
  const passage = passagesById.get(quote.passageId.trim());
  if (!passage)
    return {
      ok: false,
      reason: 'unknown_passage',
      detail: `no passage with id ${JSON.stringify(quote.passageId)} was given`,
    };
  const { document, sentence } = passage;
  const span = findVerbatim(document.text, sentence, quote.quote);
  if (!span)
    return { ok: false, reason: 'not_verbatim', detail: `the quote is not word for word in passage ${passage.id}` };
  const quotation = containingQuotation(document, span);
  if (
    wordCount(document.text.slice(span.start, span.end)) < GROUNDING_LIMITS.minQuoteWords &&
    !isWholeQuotation(document, span, quotation)
  ) {
    return {
      ok: false,
      reason: 'too_short',
      detail: `quote at least ${GROUNDING_LIMITS.minQuoteWords} words, or a whole quotation`,
    };
  }
  const claimed = quote.speaker?.trim() ?? '';
  if (!NO_SPEAKER.has(claimed.toLowerCase())) {
    if (!quotation) {
      return {
        ok: false,
        reason: 'not_quoted_words',
        detail: `these are the reporter's words in passage ${passage.id}, not words of ${claimed}; use speaker null`,
      };
    }
    if (quotation.speaker === null) {
      return {
        ok: false,
        reason: 'unattributed_in_corpus',
        detail: `passage ${passage.id} does not say who spoke these words; use speaker null`,
      };
    }
    const resolved = resolveClaimedSpeaker(speakerDirectoryFor(speakers), claimed);
    if (!resolved)
      return {
        ok: false,
        reason: 'unknown_speaker',
        detail: `${JSON.stringify(claimed)} names nobody the articles quote`,
      };
    if (resolved !== quotation.speaker) {
      return {
        ok: false,
        reason: 'wrong_speaker',
        detail: `the articles attribute these words to ${quotation.speaker}, not ${resolved}`,
      };
    }
  }
  return { ok: true, document, span, speaker: quotation?.speaker ?? null };
}

/** True when every quoted segment of the prose is word for word inside one of the claim's verified quotes. */
function quotedProseIsGrounded(segments: readonly string[], citations: readonly Citation[]): boolean {
  return segments.every((segment) =>
    citations.some(
      (citation) => findVerbatim(citation.quote, { start: 0, end: citation.quote.length }, segment) !== null,
    ),
  );
}

/**
 * The grounding gate. A quote survives only when it cites a passage the model was given, stands word for word
 * (up to normalisation) inside that passage's sentence, and, if the model names a speaker, the corpus attributes
 * those words to that speaker. What is shown is the corpus text at the found offsets, never the model's string.
 * A claim without a surviving quote is dropped. Pure.
 */
export function groundModelAnswer(answer: ModelAnswer, context: GroundingContext): GroundingOutcome {
  const passagesById = new Map(context.passages.map((passage) => [passage.id, passage]));
  const numbered = new Map<string, Citation>();
  const claims: GroundedClaim[] = [];
  const rejections: QuoteRejection[] = [];
  const dropped: DroppedClaim[] = [];
  const discardedProse: number[] = [];

  answer.claims.slice(0, GROUNDING_LIMITS.maxClaims).forEach((claim, claimIndex) => {
    const quotes = claim.quotes.slice(0, GROUNDING_LIMITS.maxQuotesPerClaim);
    if (quotes.length === 0) {
      dropped.push({ claim: claimIndex, reason: 'no_quote' });
      return;
    }
    const citations: Citation[] = [];
    for (const quote of quotes) {
      const verdict = checkQuote(quote, passagesById, context.speakers);
      if (!verdict.ok) {
        rejections.push({
          claim: claimIndex,
          passageId: quote.passageId,
          quote: quote.quote,
          claimedSpeaker: quote.speaker ?? null,
          reason: verdict.reason,
          detail: verdict.detail,
        });
        continue;
      }
      const { document, span, speaker } = verdict;
      const key = `${document.id}:${span.start}:${span.end}`;
      const citation = numbered.get(key) ?? citationAt(document, span.start, span.end, speaker, numbered.size + 1);
      numbered.set(key, citation);
      if (!citations.includes(citation)) citations.push(citation);
    }
    if (citations.length === 0) {
      dropped.push({ claim: claimIndex, reason: 'no_surviving_quote' });
      return;
    }
    const prose = sanitizeProse(claim.text);
    const keepProse = quotedProseIsGrounded(prose.quotedSegments, citations);
    if (!keepProse) discardedProse.push(claimIndex);
    claims.push({ prose: keepProse ? prose.text : '', citations });
  });

  return {
    claims,
    citations: [...numbered.values()],
    rejections,
    dropped,
    discardedProse,
    unanswerable: answer.unanswerable,
  };
}
