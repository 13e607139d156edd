import { describe, expect, it } from 'vitest';
import { textWords } from '../src/text/text-words.js';
import { wordTokens } from '../src/text/word-tokens.js';

const TEXTS = [
  '“We’re not there yet,” said Foreign Minister Sergey Lavrov. The U.S. State-Department’s 2.5 reply came later.',
  'Cafe\u0301 owners and the café’s staff: “Intermediate-Range” talks, 1.5 per cent.',
  '',
];

describe('textWords', () => {
  it('gives every range the words that tokenising the range alone gives, even where it cuts a word', () => {
    for (const text of TEXTS) {
      const words = textWords(text);
      for (let from = -1; from <= text.length + 1; from++) {
        for (let to = from - 2; to <= text.length + 1; to++) {
          expect(words.within(from, to)).toEqual(wordTokens(text.slice(from, to), from));
        }
      }
    }
  });
});
