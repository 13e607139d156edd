import type { Span } from './corpus-types.js';

/** Paragraphs are separated by blank lines; each span is trimmed of surrounding white space. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t\r\f\v\u00A0]*\n\s*/g;
  let blockStart = 0;
  const pushTrimmed = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const match of text.matchAll(separator)) {
    pushTrimmed(blockStart, match.index ?? 0);
    blockStart = (match.index ?? 0) + match[0].length;
  }
  pushTrimmed(blockStart, text.length);
  return spans;
}
