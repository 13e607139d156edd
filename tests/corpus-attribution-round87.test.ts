import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 87: forms the development splits (AllSides dev to dev44, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a capitalised word after a forename that is also a reporting verb', () => {
  it('is the surname in its base form ("said Dan Holler, a spokesman")', () => {
    expect(
      speakersOf('“We will not vote for the budget in September,” said Dan Holler, a spokesman for the campaign.'),
    ).toEqual([['We will not', 'Dan Holler']]);
  });

  it('while a headline verb after a forename is still no surname ("Hillary Slams …")', () => {
    expect(
      speakersOf('Hillary Slams Rival Over Trade', '“This plan will cost jobs,” Hillary Clinton said on Monday.'),
    ).toEqual([['This plan will', 'Hillary Clinton']]);
  });
});
