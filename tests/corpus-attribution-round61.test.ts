import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 61: forms the Reuters development splits (dev to dev22) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('"and" between capitalised words after "said"', () => {
  it('is inside the name: "said House Ways and Means Committee Chairman Kevin Brady" is Kevin Brady', () => {
    expect(
      speakersOf(
        '“The 20 percent rate ought to be our goal,” said House Ways and Means Committee Chairman Kevin Brady, who will lead the talks.',
      ),
    ).toEqual([['The 20 percent', 'Kevin Brady']]);
  });

  it('but names joined by it are two people, who credit neither: "said Smith and Jones"', () => {
    expect(speakersOf('John Smith met Mary Jones. “It was good,” said Smith and Jones.')).toEqual([
      ['It was good', null],
    ]);
  });
});
