import { describe, expect, it } from 'vitest';
import { quoteTokens } from '../src/quotes/quote-tokens.js';
import { searchTerm } from '../src/search/search-terms.js';
import { foldWord } from '../src/text/fold-word.js';
import { wordTokens } from '../src/text/word-tokens.js';

describe('one word form for search, quote matching and answering', () => {
  it('folds case, apostrophes, abbreviation dots and accents', () => {
    expect(foldWord('Guaidó')).toBe('guaido');
    expect(foldWord('U.S')).toBe('us');
    expect(foldWord('Russia\u2019s')).toBe("russia's");
  });

  it('gives the quote tokeniser, the word tokeniser and the search terms the same word', () => {
    const text = 'Guaidó met Zelenskiy\u2019s aide';
    expect(wordTokens(text).map((token) => token.norm)).toEqual(quoteTokens(text).map((token) => token.norm));
    expect(searchTerm('Guaidó')).toBe(searchTerm('Guaido'));
  });
});
