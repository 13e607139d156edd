import type { Span } from '../../corpus-types.js';

/** "Asked if he was appointed in a …", "When asked about …": a fronted question clause, still open (no comma yet). */
const OPEN_ASKED_CLAUSE = /^(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\b[^,;:]*$/i;

/**
 * Whether a quotation stands inside a fronted clause that reports a question put to the speaker ("Asked if he was
 * appointed in a “fair and open” competition, he replied: …"): its words are the unnamed asker's, not the answer's.
 */
export function insideAskedClause(text: string, sentence: Span, quotation: Span): boolean {
  return OPEN_ASKED_CLAUSE.test(text.slice(sentence.start, quotation.start - 1).trim());
}
