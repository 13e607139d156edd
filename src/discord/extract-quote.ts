const QUOTATION = /“([^”]+)”|"([^"]+)"|«([^»]+)»|„([^“”]+)[“”]/g;

export interface ExtractedClaim {
  /** The quoted passages, or the whole text when it has no quotation marks. */
  readonly quotes: readonly string[];
  /** The text outside the quotation marks, where a speaker may be named. */
  readonly narration: string;
}

/**
 * Pulls the quotations out of a message for "Verify quote": every passage in quotation marks
 * (curly, straight, guillemets, low-high), or the whole message when there are none.
 */
export function extractClaim(text: string, maxQuotes = 3): ExtractedClaim {
  const quotes: string[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const quoted = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (quoted.split(/\s+/).length >= 2) quotes.push(quoted);
  }
  if (quotes.length === 0) return { quotes: text.trim() ? [text.trim()] : [], narration: '' };
  return { quotes: quotes.slice(0, maxQuotes), narration: text.replace(QUOTATION, ' ').trim() };
}
