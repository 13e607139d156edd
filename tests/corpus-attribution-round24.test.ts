import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 24: forms the spent BBC held-out split of round 23 (now dev12) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 24', () => {
  it('ends a description before a courtesy title opening a name', () => {
    expect(
      speakersOf('In the Cosmopolitan interview Mr Howard said: "I believe abortion should be available to everyone."'),
    ).toEqual([['I believe abortion', 'Howard']]);
  });
});
