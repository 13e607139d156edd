import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 18: forms the spent BBC held-out split of round 17 (now dev5) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 18', () => {
  it('reads an adjective after a modifier as part of a description, up to its noun', () => {
    expect(
      speakersOf(
        'Chelsea defender William Vale said: "Every player will be challenging to come first." Vale has been given extra confidence by the impact manager Jose Mourinho has had since taking over during the summer.',
        'And the French international defender believes Mourinho is perfectly suited to boss the squad and says his expertise will prevent any revolt. "It is only normal when you have got a team of big names," he said.',
      ),
    ).toEqual([
      ['Every player will', 'William Vale'],
      ['It is only', 'William Vale'],
    ]);
  });

  it('does not take a prefix hyphened to an initialism for someone who speaks', () => {
    // Round 59: the subject and verb of saying after "and" name him (see coordinatedClauseStart).
    expect(
      speakersOf(
        'Ex-BBC chat show host and East Midlands MEP Robert Vale has said he wants to "change the face of British politics" as he launched his new party.',
      ),
    ).toEqual([['change the face', 'Robert Vale']]);
  });
});
