import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 34: forms the spent BBC held-out splits of round 33 (now dev24 and dev25) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('attribution forms of round 34', () => {
  it('credits the person a description is set off after when its closing comma is left out', () => {
    expect(
      speakersOf(
        'The union spoke first. Ann Hale, the leader of the Transport and General Workers Union said: "We will not accept the cuts."',
      ),
    ).toEqual([['We will not', 'Ann Hale']]);
  });
});
