import { toNfc } from './nfc-text.js';
import { DOUBLE_QUOTATION_MARKS, SINGLE_QUOTATION_MARKS } from './quotation-marks.js';

/**
 * Matching ignores case, Unicode normalisation form (NFC), the shape of quotes, apostrophes and dashes, and runs of white space.
 * The result keeps a map from every normalised character back to its index in the original text,
 * so a match found on normalised text is reported at the corpus's own offsets.
 */
export interface NormalizedText {
  readonly text: string;
  /** `offsets[i]` is the index in the original of normalised character i; one extra entry marks the end. */
  readonly offsets: readonly number[];
  /** `ends[i]` is the index in the original just after normalised character i. */
  readonly ends: readonly number[];
}

const foldAll = (marks: string, to: string) => Object.fromEntries([...marks].map((mark) => [mark, to]));

const EQUIVALENTS: Readonly<Record<string, string>> = {
  ...foldAll(SINGLE_QUOTATION_MARKS, "'"),
  '`': "'",
  ...foldAll(DOUBLE_QUOTATION_MARKS, '"'),
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
};

/** Folds one character to its matching form (several characters for an ellipsis). */
function foldCharacter(character: string): string {
  return EQUIVALENTS[character] ?? character.toLowerCase();
}

export function normalizeForMatch(original: string): NormalizedText {
  const nfc = toNfc(original);
  let text = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  let pendingSpace = false;
  for (let index = 0; index < nfc.text.length; index++) {
    const folded = foldCharacter(nfc.text[index] as string);
    if (/^\s$/u.test(folded)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      offsets.push(nfc.originalStart(index - 1));
      ends.push(nfc.originalEnd(index - 1));
      pendingSpace = false;
    }
    for (const piece of folded) {
      text += piece;
      offsets.push(nfc.originalStart(index));
      ends.push(nfc.originalEnd(index));
    }
  }
  offsets.push(original.length);
  return { text, offsets, ends };
}

/** Maps a half-open range of normalised text back to the original's offsets. */
export function originalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const originalStart = normalized.offsets[start] ?? normalized.offsets[normalized.offsets.length - 1] ?? 0;
  const originalEnd = normalized.ends[end - 1] ?? originalStart;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}
