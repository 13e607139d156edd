import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 72: forms the development splits (AllSides dev to dev14, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a word after a possessive determiner', () => {
  it('is a noun, no verb of saying, whatever the tagger reads: "During his address, Netanyahu described …"', () => {
    expect(
      speakersOf(
        'Benjamin Netanyahu spoke to Congress.',
        'During his address, Netanyahu described the deal as a “countdown to a nuclear nightmare,” and said he has a “profound obligation” to warn.',
      ),
    ).toEqual([
      ['countdown to a', 'Benjamin Netanyahu'],
      ['profound obligation', 'Benjamin Netanyahu'],
    ]);
  });
});
