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
const BREAK_PATTERNS: readonly RegExp[] = [/\n\s*\n/g, /\n/g, new RegExp(`[.!?…][${Object.values(CLOSING_MARKS).join('')})]?\\s+`, 'g'), /\s+/g];

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
 * a single one is longer than a whole message.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = bestBreak(rest, limit, protectedSpans(rest));
    const chunk = rest.slice(0, cut).trimEnd();
    if (chunk.length > 0) chunks.push(chunk);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}
