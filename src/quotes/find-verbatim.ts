import type { Span } from '../corpus/corpus-types.js';
import { normalizeForMatch, originalRange } from '../text/normalize-for-match.js';

const EDGE_PUNCTUATION = /^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g;

/**
 * Where `claim` stands word for word in `text[within]`, allowing only what does not change the words:
 * case, quote and apostrophe shapes, dashes, white space and punctuation at the claim's edges.
 * Returns the span in `text`'s own offsets, or null.
 */
export function findVerbatim(text: string, within: Span, claim: string): Span | null {
  const needle = normalizeForMatch(claim).text.replace(EDGE_PUNCTUATION, '');
  if (needle.length === 0) return null;
  const haystack = normalizeForMatch(text.slice(within.start, within.end));
  let from = 0;
  while (from <= haystack.text.length - needle.length) {
    const at = haystack.text.indexOf(needle, from);
    if (at < 0) return null;
    const before = haystack.text[at - 1];
    const after = haystack.text[at + needle.length];
    const wordEdges = !/[\p{L}\p{N}]/u.test(before ?? ' ') && !/[\p{L}\p{N}]/u.test(after ?? ' ');
    if (wordEdges) {
      const range = originalRange(haystack, at, at + needle.length);
      return { start: within.start + range.start, end: within.start + range.end };
    }
    from = at + 1;
  }
  return null;
}
