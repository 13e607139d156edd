import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 50: forms the spent BBC held-out splits of round 49 (now dev56 and dev57) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a person inside a relative clause set off by commas, which the sentence goes on after', () => {
  it('is no antecedent of a later "he" ("The seventh seed, who … is lined up to meet Roddick …, is looking forward")', () => {
    expect(
      speakersOf(
        'Tim Henman beat Saulnier last year. The seventh seed, who is lined up to meet Andy Roddick in the last eight, is looking forward to the match. "He is a tough player," he said.',
      ),
    ).toEqual([['He is a', 'Tim Henman']]);
  });

  it('still is when the relative clause closes the sentence ("at the gate, which Tim Henman had opened.") (a guard)', () => {
    expect(speakersOf('Fans waited at the gate, which Tim Henman had opened. "It was fun," he said.')).toEqual([
      ['It was fun', 'Tim Henman'],
    ]);
  });
});
