/**
 * Text in Unicode NFC ("e" + U+0301 becomes "é"), with a map from every NFC code unit back to the original, so that
 * words are found on one form of the text and reported at the original's own offsets.
 */
export interface NfcText {
  readonly text: string;
  /** Original offset where the character at NFC index `index` starts. */
  originalStart(index: number): number;
  /** Original offset just after the character at NFC index `index` (a composed character covers all its parts). */
  originalEnd(index: number): number;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** NFC form of `original`; already-NFC text (nearly all text) is returned as is, with the identity map. */
export function toNfc(original: string): NfcText {
  const text = original.normalize('NFC');
  if (text === original) return { text, originalStart: (index) => index, originalEnd: (index) => index + 1 };
  // Composition never crosses a grapheme cluster, so each cluster is normalised on its own and mapped as a whole.
  const starts: number[] = [];
  const ends: number[] = [];
  let composed = '';
  for (const { segment, index } of graphemes.segment(original)) {
    const normal = segment.normalize('NFC');
    composed += normal;
    for (let unit = 0; unit < normal.length; unit++) {
      starts.push(index);
      ends.push(index + segment.length);
    }
  }
  return {
    text: composed,
    originalStart: (index) => starts[index] ?? original.length,
    originalEnd: (index) => ends[index] ?? original.length,
  };
}
