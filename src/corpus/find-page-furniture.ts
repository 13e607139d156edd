import type { Span } from './corpus-types.js';

/**
 * Fixed words of the picture and video widgets that scraped news pages keep at the start of a paragraph: the BBC's
 * "Media playback is unsupported on your device Media caption …" and "Image copyright Getty Images Image caption …",
 * the Guardian's "Facebook Twitter Pinterest …. Photograph: …", NPR's "Hide caption …" and "toggle caption …", CNN's
 * video widget; and MarketWatch's stock quotes inside a sentence.
 */
const OPENERS = [
  /^Media playback is unsupported on your device(?= |$)/,
  /^(?:Image|Media) (?:copyright|caption|source:?)(?= |$)/,
  /^Facebook Twitter Pinterest(?= |$)/,
  /^(?:Hide|toggle) caption(?= |$)/,
];
/**
 * CNN's video widget, a paragraph of its own: "JUST WATCHED Is ISIS already inside the US? Replay More Videos ... MUST
 * WATCH Is ISIS already inside the US? 02:44". All of it is furniture: other videos' titles, no caption of the page.
 */
const VIDEO_WIDGET = /^JUST WATCHED .+ Replay More Videos \.\.\. MUST WATCH .+ \d{1,2}:\d{2}$/;
/** "Image copyright Reuters Image caption …": the caption's own marker after the credit, in the same paragraph. */
const INNER = /(?<= )(?:Image|Media) caption(?= |$)/g;
/** "said Zillow ZG, +0.46% economist Matthew Speakman": a stock's ticker and its day's change, after a company's name. */
const TICKER = /(?<= )\p{Lu}{1,5}(?:\.\p{Lu}{1,2})?, [+-]\d+(?:\.\d+)?%(?= )/gu;

/**
 * The spans of those fixed words and quotes: no part of a sentence, they would run on into the names beside them
 * ("Carly Bigby Image", "Neptune Wellness Solutions Inc. NEPT") and open no clause. What follows the words of a
 * widget is the picture's credit and caption, still text of the page.
 */
export function findPageFurniture(text: string): Span[] {
  const spans: Span[] = [...text.matchAll(TICKER)].map((ticker) => ({
    start: ticker.index,
    end: ticker.index + ticker[0].length,
  }));
  for (const line of text.matchAll(/[^\n]+/g)) {
    const paragraph = line[0];
    if (VIDEO_WIDGET.test(paragraph)) {
      spans.push({ start: line.index, end: line.index + paragraph.length });
      continue;
    }
    const opener = OPENERS.map((pattern) => pattern.exec(paragraph)).find((match) => match !== null);
    if (!opener) continue;
    spans.push({ start: line.index, end: line.index + opener[0].length });
    const rest = paragraph.slice(opener[0].length);
    for (const inner of rest.matchAll(INNER)) {
      const start = line.index + opener[0].length + inner.index;
      spans.push({ start, end: start + inner[0].length });
    }
  }
  return spans;
}
