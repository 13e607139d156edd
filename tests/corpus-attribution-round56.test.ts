import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 56: forms the Reuters development splits (now dev to dev10) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('"and" between capitalised words after a quotation', () => {
  it('keeps the window going to the verb ("a spokesman for the Department of Health and Human Services said")', () => {
    expect(
      speakersOf(
        'Chutkan wrote that the girls had a right to decide. “We are deeply disappointed in the decision,” a spokesman for the U.S. Department of Health and Human Services said in a statement.',
      ),
    ).toEqual([['We are deeply', null]]);
  });
});
