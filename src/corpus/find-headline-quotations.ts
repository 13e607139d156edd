import type { Paragraph, Span } from './corpus-types.js';

/**
 * "Renault boss hails 'great year'", "Abbas 'will not tolerate' attacks": words a headline sets in quotation marks,
 * single ones as headlines use them, straight or curly. Written by hand for the same reason as the body's finder:
 * no tokenizer tells a single quotation mark from an apostrophe ("Blair's", "Workers' rights"). An opening mark stands
 * at the start or after a space and before a letter or digit; its closing mark follows a word and stands before a
 * space, punctuation or the end.
 */
export function findHeadlineQuotations(
  text: string,
  paragraphs: readonly Paragraph[],
): (Span & { readonly paragraphIndex: number })[] {
  const spans: (Span & { readonly paragraphIndex: number })[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'headline') continue;
    const line = text.slice(paragraph.start, paragraph.end);
    for (const pattern of HEADLINE_QUOTATIONS)
      for (const match of line.matchAll(pattern)) {
        const start = paragraph.start + (match.index ?? 0) + 1;
        spans.push({ start, end: start + (match[1] ?? '').length, paragraphIndex: paragraph.index });
      }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Single marks (an apostrophe inside a word, "won't", stays in), then double marks. */
const HEADLINE_QUOTATIONS = [
  /(?<=^|[\s(])['\u2018]([\p{L}\p{N}](?:(?:[^'\u2019]|['\u2019](?=\p{L}))*?[\p{L}\p{N}.!?])?)['\u2019](?=$|[\s,.:;!?)])/gu,
  /(?<=^|[\s(])["\u201C]([\p{L}\p{N}](?:[^"\u201D]*?[\p{L}\p{N}.!?])?)["\u201D](?=$|[\s,.:;!?)])/gu,
];
