import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 77: forms the development splits (AllSides dev to dev24, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a round-up’s credit line whose name the tagger reads in part as a verb', () => {
  it('credits the name: "Alex Ward, Vox" ("Ward" a verb)', () => {
    expect(speakersOf('“It is dangerous messaging.”', 'Alex Ward, Vox')).toEqual([['It is dangerous', 'Alex Ward']]);
  });

  it('not a line with a verb of its own, which is narration: "Alex Ward quit Vox"', () => {
    expect(speakersOf('“It is dangerous messaging.”', 'Alex Ward quit Vox')).toEqual([['It is dangerous', null]]);
  });
});
