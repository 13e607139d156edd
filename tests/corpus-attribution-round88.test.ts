import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 88: forms the development splits (AllSides dev to dev46, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a question closing a quotation, then words in lower case', () => {
  it('leaves the sentence going on to its cue (“What is next?” attorney Lisa Bloom tweeted after …)', () => {
    expect(
      speakersOf(
        'Lisa Bloom represents several of the women.',
        '“What is next?” attorney Lisa Bloom tweeted after the guilty verdict came in.',
      ),
    ).toEqual([['What is next?', 'Lisa Bloom']]);
  });
});
