import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 52: forms the spent BBC held-out splits of round 51 (now dev60 and dev61) and the development data showed the
// corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('two words naming no one, the last the surname of the one person named in full with it', () => {
  const passed = 'Robbie Keane scored from a pass by Damien Duff. ';
  const striker = ' "It was great play," said the Tottenham striker.';

  it('is an epithet of theirs ("Matchwinner Keane was full of praise for Duff\'s role")', () => {
    expect(speakersOf(`${passed}Matchwinner Keane was full of praise for Duff's role.${striker}`)).toEqual([
      ['It was great', 'Robbie Keane'],
    ]);
  });
});
