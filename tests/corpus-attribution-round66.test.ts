import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 66: forms the development splits (Reuters dev to dev32, AllSides dev and dev2, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a lone surname one letter from a titled person’s', () => {
  it('is that person misspelt, though no list knows the forename: "Representative Hakeem Jeffries … Jefferies said"', () => {
    expect(
      speakersOf(
        'Representative Hakeem Jeffries accused Sessions of hypocrisy. “The Attorney General should not be held to a different standard,” Jefferies said.',
      ),
    ).toEqual([['The Attorney General', 'Jeffries']]);
  });
});
