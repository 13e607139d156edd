import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 55: forms the Reuters development splits (now dev to dev8) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('a person’s name modifying a role after an inverted reporting verb', () => {
  it('is someone unnamed, not that person ("said a separate Trump adviser")', () => {
    expect(
      speakersOf(
        'Donald Trump spoke on Friday. “You’re going to see some people leave,” said a separate Trump adviser, who requested anonymity.',
      ),
    ).toEqual([['You’re going to', null]]);
  });

  it('unless a name is set off after the role ("said BA director of planning, Robert Boyle") (a guard)', () => {
    expect(
      speakersOf(
        'British Airways will cut flights. “The decision was hard,” said BA director of commercial planning, Robert Boyle.',
      ),
    ).toEqual([['The decision was', 'Robert Boyle']]);
  });
});
