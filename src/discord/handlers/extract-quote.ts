import { quotedPassages } from '../../text/quotation-marks.js';

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
  const passages = quotedPassages(text);
  const quotes = passages.map((passage) => passage.inner.trim()).filter((quoted) => quoted.split(/\s+/).length >= 2);
  if (quotes.length === 0) return { quotes: text.trim() ? [text.trim()] : [], narration: '' };
  let narration = text;
  for (const passage of [...passages].reverse()) {
    narration = `${narration.slice(0, passage.start)} ${narration.slice(passage.end)}`;
  }
  return { quotes: quotes.slice(0, maxQuotes), narration: narration.trim() };
}
