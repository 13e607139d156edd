import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 49: forms the spent BBC held-out splits of round 48 (now dev54 and dev55) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('initials after "the"', () => {
  it('name a body, which "it" stands for ("…, the OECD said. "…," it added")', () => {
    expect(
      speakersOf(
        'China\'s booming economy would help the recovery, the OECD said. "Supported by strong balance sheets, investment should recover," it added.',
      ),
    ).toEqual([['Supported by strong', 'OECD']]);
  });

  it('are still a country when they are one ("the UK said" is the United Kingdom) (a guard)', () => {
    expect(speakersOf('Talks on the budget failed. "We will not pay more," the UK said.')).toEqual([
      ['We will not', 'United Kingdom'],
    ]);
  });
});
