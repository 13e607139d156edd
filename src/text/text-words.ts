import { wordTokens, type WordToken } from './word-tokens.js';
import { partitionPoint } from './partition-point.js';

/** The words of one text, tokenised once and served for any range. */
export interface TextWords {
  /** Exactly what `wordTokens(text.slice(from, to), from)` gives. */
  within(from: number, to: number): WordToken[];
}

/**
 * Tokenises `text` once, so callers that each look at a paragraph, sentence or clause share one pass.
 * A range that cuts through a word, or a text not in NFC (normalising a slice may differ), is tokenised on its own.
 */
export function textWords(text: string): TextWords {
  const ownRange = (from: number, to: number) => wordTokens(text.slice(from, to), from);
  if (text.normalize('NFC') !== text) return { within: ownRange };
  const tokens = wordTokens(text);
  return {
    within(from, to) {
      if (from < 0 || to < 0) return ownRange(from, to);
      const first = partitionPoint(tokens, (token) => token.end <= from);
      if (first < tokens.length && (tokens[first] as WordToken).start < from) return ownRange(from, to);
      let past = first;
      while (past < tokens.length && (tokens[past] as WordToken).start < to) past++;
      if (past > first && (tokens[past - 1] as WordToken).end > to) return ownRange(from, to);
      return tokens.slice(first, past);
    },
  };
}
