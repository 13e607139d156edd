import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 21: forms the spent BBC held-out split of round 20 (now dev9) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 21', () => {
  it('reads a month after a forename as a surname', () => {
    expect(
      speakersOf(
        'Helen May, shadow secretary for the family, told the BBC that the plans were "inadequate". She said a new government would bring "radical reform" of the courts.',
      ),
    ).toEqual([
      ['inadequate', 'Helen May'],
      ['radical reform', 'Helen May'],
    ]);
  });

  it('keeps a plural possessive inside a body name, and steps over the body to the person from it', () => {
    expect(
      speakersOf(
        'Nigel Burke from the Teachers\' Union said pupils are "disadvantaged" compared with those abroad. "We will keep pressing," the Teachers\' Union said.',
      ),
    ).toEqual([
      ['disadvantaged', 'Nigel Burke'],
      ['We will keep', "Teachers' Union"],
    ]);
  });

  it('reads a long title after an inverted verb up to the name it heads', () => {
    expect(
      speakersOf(
        '"This is typical of their hypocrisy," said Labour shadow local government secretary Caroline Spelman.',
      ),
    ).toEqual([['This is typical', 'Caroline Spelman']]);
  });
});
