import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 79: forms the development splits (AllSides dev to dev28, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('an inverted verb whose subject a role opens', () => {
  it('is whom a later she stands for: "…, says pollster Tamar Hermann. “…,” she says"', () => {
    expect(
      speakersOf(
        'Many Israelis hoped for peace.',
        'Israelis went through the same reversal of hope, says pollster Tamar Hermann.',
        '“The repeated failures made people doubt,” she says.',
      ),
    ).toEqual([['The repeated failures', 'Tamar Hermann']]);
  });
});
