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

describe('a picture caption closed by "Photo:" and a credit', () => {
  it('names no one a later "she" stands for: "… Photo: yves herman/Reuters"', () => {
    expect(
      speakersOf(
        'Mrs. May said she accepted warnings that Britain can’t choose what it would like to keep.',
        "Britain's representative to the European Union, Tim Barrow, left, delivers Prime Minister Theresa May's letter on Wednesday. Photo: yves herman/Reuters",
        '“We understand that there will be consequences,” she said.',
      ),
    ).toEqual([['We understand that', 'Theresa May']]);
  });
});
