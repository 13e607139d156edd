import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 47: forms the spent BBC held-out splits of round 46 (now dev50 and dev51) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a nickname in quotation marks inside a name', () => {
  it('is no word of the name, but another name of that person ("Ahmed \'Mido\' Hossam … Mido said:")', () => {
    expect(
      speakersOf(
        'Karim \'Kiki\' Farouk has apologised to the fans. Kiki said: "I came back to say sorry to everyone."',
      ),
    ).toEqual([['I came back', 'Karim Farouk']]);
  });
});
