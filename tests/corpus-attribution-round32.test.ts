import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 32: forms the spent BBC held-out splits of round 31 (now dev20 and dev21) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('attribution forms of round 32', () => {
  it('reads "The" inside a sentence as opening the title of a work, which is no one', () => {
    expect(
      speakersOf(
        'Keanu Reeves said the night was "exciting". "It is always surreal," he said.',
        'Martin Scorsese, whose movie The Aviator won best film, said the award meant a lot to him. He said: "I admire British cinema."',
      ),
    ).toEqual([
      ['exciting', 'Keanu Reeves'],
      ['It is always', 'Keanu Reeves'],
      ['I admire British', 'Martin Scorsese'],
    ]);
  });

  it('passes over a possessor of the title before a name ("Mr Brown\'s former adviser Ed Balls")', () => {
    expect(
      speakersOf(
        'But Mr Brown\'s former adviser Ed Balls, now a parliamentary hopeful, said there would be a gap. He added: "I do not accept there is any need for changes."',
      ),
    ).toEqual([['I do not', 'Ed Balls']]);
  });

  it('ends a description before a name the article gives in full ("For the Lib Dems David Laws said:")', () => {
    expect(
      speakersOf(
        'For the Lib Dems David Laws said: "The chancellor will tell us how well the economy is doing," he said.',
      ),
    ).toEqual([['The chancellor will', 'David Laws']]);
  });
});
