/**
 * What counts as a quotation mark, defined once: the prose sanitiser removes these marks, the grounding gate
 * refuses any that is left outside a citation, quote extraction pairs them and matching folds them.
 */

/** Double marks of every script, plus the single guillemets and corner brackets, which only ever quote. */
export const DOUBLE_QUOTATION_MARKS =
  '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2036\u275D\u275E\u301D\u301E\u301F\uFF02\u300C\u300D\u300E\u300F\u2039\u203A';

/** Single marks; they double as apostrophes, so they quote only at the edges of words. */
export const SINGLE_QUOTATION_MARKS = "'\u2018\u2019\u201A\u201B\u2032\u2035\uFF07";

/** Each opening double mark and the marks that may close it. */
export const CLOSING_MARKS: Readonly<Record<string, string>> = {
  '\u201C': '\u201D',
  '\u201E': '\u201C\u201D',
  '\u201F': '\u201D',
  '\u00AB': '\u00BB',
  '\u2039': '\u203A',
  '\u300C': '\u300D',
  '\u300E': '\u300F',
  '\u301D': '\u301E\u301F',
  '\uFF02': '\uFF02',
  '\u275D': '\u275E',
  '"': '"',
};

/** Single marks that open a quotation and are never apostrophes. */
const OPENING_SINGLE_MARKS = '\u2018\u201A\u201B';

const DOUBLE = `[${DOUBLE_QUOTATION_MARKS}]`;
const SINGLE = `[${SINGLE_QUOTATION_MARKS}]`;
const DOUBLE_MARK = new RegExp(DOUBLE, 'g');
const DOUBLE_SEGMENT = new RegExp(`${DOUBLE}([^${DOUBLE_QUOTATION_MARKS}]+)${DOUBLE}`, 'g');
/** A single mark opening after a space or bracket and closing before one: a quotation, not an apostrophe. */
const SINGLE_SEGMENT = new RegExp(
  `(?<=^|[\\s([{\\u2014-])${SINGLE}([^${SINGLE_QUOTATION_MARKS}]+)${SINGLE}(?=$|[\\s.,;:!?)\\]}\\u2014-])`,
  'g',
);
/** Single marks other than an apostrophe inside a word ("Russia's", "don't"). */
const STRAY_SINGLE_MARK = new RegExp(`(?<![\\p{L}\\p{N}])${SINGLE}|${SINGLE}(?![\\p{L}\\p{N}])`, 'gu');
const OPENS_QUOTATION = new RegExp(`[${DOUBLE_QUOTATION_MARKS}${OPENING_SINGLE_MARKS}]`);

/** The text with every double quotation mark replaced. */
export function replaceDoubleQuotationMarks(text: string, replacement: string): string {
  return text.replace(DOUBLE_MARK, replacement);
}

/** True when the text holds a mark that can only open or close a quotation (not an apostrophe). */
export function hasQuotationMark(text: string): boolean {
  return OPENS_QUOTATION.test(text);
}

/** What stands between quotation marks, double or single, trimmed and without the marks. */
export function quotedSegments(text: string): string[] {
  return [...text.matchAll(DOUBLE_SEGMENT), ...text.matchAll(SINGLE_SEGMENT)]
    .map((match) => (match[1] ?? '').trim())
    .filter((segment) => segment.length > 0);
}

/** Removes every quotation mark; apostrophes inside words stay. */
export function removeQuotationMarks(text: string): string {
  return text.replace(DOUBLE_MARK, '').replace(STRAY_SINGLE_MARK, '');
}

/** The index of the first mark `removeQuotationMarks` would remove, or -1 when there is none. */
export function firstQuotationMark(text: string): number {
  const indexes = [new RegExp(DOUBLE).exec(text)?.index, new RegExp(STRAY_SINGLE_MARK.source, 'u').exec(text)?.index];
  const found = indexes.filter((index): index is number => index !== undefined);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** A quoted passage: `start` is its opening mark, `end` is just after its closing mark. */
export interface QuotedPassage {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

/** The passages between paired double marks, left to right; an opening mark left unclosed quotes nothing. */
export function quotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  // An opening mark whose closers were not found once will not find them later either: keeps this linear.
  const unclosed = new Set<string>();
  for (let index = 0; index < text.length; index += 1) {
    const open = text[index] ?? '';
    const closers = CLOSING_MARKS[open];
    if (!closers || unclosed.has(open)) continue;
    let close = index + 1;
    while (close < text.length && !closers.includes(text[close] ?? '')) close += 1;
    if (close >= text.length) {
      unclosed.add(open);
      continue;
    }
    passages.push({ start: index, end: close + 1, inner: text.slice(index + 1, close) });
    index = close;
  }
  return passages;
}
