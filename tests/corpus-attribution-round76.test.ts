import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 76: forms the development splits (AllSides dev to dev22, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a person set off after a role that a named body owns', () => {
  it('speaks: "The Palestinian Authority\'s ambassador to the U.S., Husam Zomlot, said"', () => {
    expect(
      speakersOf(
        'The Palestinian Authority\'s ambassador to the U.S., Husam Zomlot, said that Trump\'s decision "gives peace a chance" on a deal.',
      ),
    ).toEqual([['gives peace a', 'Husam Zomlot']]);
  });

  it('and after adjectives before the role: "The Palestinian Authority\'s chief negotiator to the U.S."', () => {
    expect(
      speakersOf(
        'The Palestinian Authority\'s chief negotiator to the U.S., Husam Zomlot, said that Trump\'s decision "gives peace a chance" on a deal.',
      ),
    ).toEqual([['gives peace a', 'Husam Zomlot']]);
  });

  it('not when the set-off name follows a body with no role: "The Palestinian Authority\'s office in the U.S., Husam Zomlot,"', () => {
    expect(
      speakersOf(
        'The Palestinian Authority\'s office in the U.S., Husam Zomlot, said that Trump\'s decision "gives peace a chance" on a deal.',
      ),
    ).toEqual([['gives peace a', null]]);
  });
});
