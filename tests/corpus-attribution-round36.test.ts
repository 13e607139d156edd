import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 36: forms the spent BBC held-out splits of round 35 (now dev28 and dev29) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('attribution forms of round 36', () => {
  it('finds a known surname the tagger reads as a verb after an inverted reporting verb', () => {
    expect(
      speakersOf(
        'Kelly Holmes may retire, BBC pundit Steve Cram believes. "You do not get the chance often," agreed Cram. "You want to take your bow."',
      ),
    ).toEqual([
      ['You do not', 'Steve Cram'],
      ['You want to', 'Steve Cram'],
    ]);
  });
});
