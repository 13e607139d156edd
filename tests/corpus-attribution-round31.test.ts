import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 31: forms the spent BBC held-out split of round 30 (now dev19) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 31', () => {
  it('credits a name whose title is set off by a comma that is never closed', () => {
    expect(
      speakersOf(
        'The minister spoke. Owain Rhys Jones, Plaid Cymru education spokesman said: "It is the same target."',
      ),
    ).toEqual([['It is the', 'Owain Rhys Jones']]);
  });

  it('counts a titled name as one word in a cue closing the sentence', () => {
    expect(
      speakersOf(
        'Pupils could be removed from classes under a "zero tolerance" drive, Education Secretary Jane Roe has suggested.',
      ),
    ).toEqual([['zero tolerance', 'Jane Roe']]);
  });

  it('reads "the" and an initialism no one else names as the body it stands for', () => {
    expect(speakersOf('The GMB welcomed the cut, calling it "a fair deal" for workers.')).toEqual([
      ['a fair deal', 'GMB'],
    ]);
  });
});
