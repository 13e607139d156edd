import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 59: forms the Reuters development splits (dev to dev18) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('a body after a preposition, a determiner and a place written in initials', () => {
  it('is governed by the preposition: "The former head of the U.S. Democratic National Committee defended"', () => {
    expect(
      speakersOf(
        'WASHINGTON (Reuters) - The former head of the U.S. Democratic National Committee on Sunday defended her book, and said her critics could “go to hell.” Donna Brazile wrote it.',
      ),
    ).toEqual([['go to hell.', null]]);
  });
});
