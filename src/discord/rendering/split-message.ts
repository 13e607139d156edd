import { CLOSING_MARKS, quotedPassages } from '../../text/quotation-marks.js';

/** Discord's limit on a message's content. */
const MESSAGE_LIMIT = 2000;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Spans that must not be cut: quotations (curly, guillemets, straight) and citation markers such as [3] or [1, 2]. */
export function protectedSpans(text: string): Span[] {
  const spans: Span[] = quotedPassages(text).map(({ start, end }) => ({ start, end }));
  // A citation is protected together with the whitespace before it, so "said [2]" never loses its marker.
  for (const match of text.matchAll(/\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Break positions, best first: paragraph, line, sentence, word. A break at i means chunk = text.slice(0, i). */
const BREAK_PATTERNS: readonly RegExp[] = [
  /\n\s*\n/g,
  /\n/g,
  new RegExp(`[.!?…][${Object.values(CLOSING_MARKS).join('')})]?\\s+`, 'g'),
  /\s+/g,
];

function insideAny(position: number, spans: readonly Span[]): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}

function bestBreak(text: string, limit: number, spans: readonly Span[]): number {
  let fallback = -1;
  for (const pattern of BREAK_PATTERNS) {
    let best = -1;
    for (const match of text.matchAll(pattern)) {
      const position = match.index + match[0].length;
      if (position > limit) break;
      // Both the whitespace where the break happens and the next chunk's start must be outside protected spans.
      const separator = match.index + Math.max(0, match[0].search(/\s/));
      if (position > 0 && !insideAny(separator, spans) && !insideAny(position, spans)) best = position;
    }
    // A coarse break is only worth it if it does not leave a tiny chunk; otherwise try a finer kind.
    if (best > limit / 4) return best;
    fallback = Math.max(fallback, best);
  }
  if (fallback > 0) return fallback;
  // Nothing safe in reach (one quotation longer than a message): cut at a word, then anywhere.
  const lastSpace = text.lastIndexOf(' ', limit);
  return lastSpace > 0 ? lastSpace + 1 : limit;
}

/**
 * Splits text into chunks of at most `limit` characters, preferring paragraph, then line, then
 * sentence, then word boundaries, and never cutting inside a quotation or a citation marker unless
 * a single one is longer than a whole message. Each cut reads only the next `limit` characters, so long text
 * is split in time proportional to its length.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const chunks: string[] = [];
  const whole = text.trim();
  const spans = protectedSpans(whole).sort((a, b) => a.start - b.start);
  let offset = 0;
  let rest = whole;
  // Spans before `passed` end before `offset`: the cuts only move forward, so each span is skipped once.
  let passed = 0;
  while (rest.length > limit) {
    while (passed < spans.length && (spans[passed] as Span).end <= offset) passed++;
    const nearby: Span[] = [];
    for (let index = passed; index < spans.length && (spans[index] as Span).start < offset + limit + 1; index++) {
      const span = spans[index] as Span;
      if (span.end > offset) nearby.push({ start: span.start - offset, end: span.end - offset });
    }
    const cut = bestBreak(rest.slice(0, limit + 1), limit, nearby);
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk.length > 0) chunks.push(chunk);
    const next = rest.slice(cut).trimStart();
    offset += rest.length - next.length;
    rest = next;
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}
