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

describe('initials run together before a surname', () => {
  it('make a person even with an appositive after: "“…,” J.D. Gordon, the director of the group, told Reuters"', () => {
    expect(
      speakersOf(
        'Victoria Toensing said her client opposed the trip. “Sam built the first group,” J.D. Gordon, the director of the campaign group, told Reuters.',
      ),
    ).toEqual([['Sam built the', 'J.D. Gordon']]);
  });

  it('but a place\'s do not: "“…,” U.S. Gordon, the director, told Reuters" names no one', () => {
    expect(
      speakersOf('“Sam built the first group,” U.S. Gordon, the director of the campaign group, told Reuters.'),
    ).toEqual([['Sam built the', null]]);
  });
});
