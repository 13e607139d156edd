import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 75: forms the development splits (AllSides dev to dev20, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a picture caption closed by a photographer’s credit', () => {
  it('names no one a later description stands for: "… REUTERS/Stephanie Keith"', () => {
    expect(
      speakersOf(
        'U.S. Senator Susan Collins, appearing on ABC’s “This Week,” noted that Trump could have gone further.',
        'Nikki Haley speaks at the United Nations in New York City, U.S. September 21, 2017. REUTERS/Stephanie Keith',
        'But in words of support for Trump, the moderate Republican lawmaker said, “Instead, he put a spotlight on two troubling deficiencies.”',
      ),
    ).toEqual([
      ['This Week', null],
      ['Instead, he put', 'Susan Collins'],
    ]);
  });
});
