import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Rounds 36 and 37: forms the spent BBC held-out splits of rounds 35 and 36 (now dev28 to dev31) showed the corpus
// getting wrong. Each case is constructed, and each failed before its rule.
describe('attribution forms of rounds 36 and 37', () => {
  it('finds a known surname the tagger reads as a verb after an inverted reporting verb', () => {
    expect(
      speakersOf(
        'Kelly Holmes may retire, BBC pundit Steve Cram believes. "You do not get the chance often," agreed Cram. "You want to take your bow."',
      ),
    ).toEqual([
      ['You do not', 'Steve Cram'],
      ['You want to', 'Steve Cram'],
    ]);
  });

  it('credits the person set off before a role phrase naming the body it serves', () => {
    expect(
      speakersOf(
        'Kenteris may be cleared. Nick Davies, spokesman for athletics\' ruling body the IAAF, which handed out the bans, said: "We cannot comment."',
      ),
    ).toEqual([['We cannot comment.', 'Nick Davies']]);
  });

  it('reads two role nouns joined by "and" as one title before a name', () => {
    expect(
      speakersOf('The awards were announced. "This year is strong," said BIFA founder and director Elliot Grove.'),
    ).toEqual([['This year is', 'Elliot Grove']]);
  });

  it('turns the story to a subject "but" opens before a form of "be"', () => {
    expect(
      speakersOf(
        'Canaries boss Nigel Worthington added: "I am delighted that Graham will be joining us." Graham Stuart joins a club second from bottom, but Stuart is confident of its future. "I have always enjoyed playing here," he added.',
      ),
    ).toEqual([
      ['I am delighted', 'Nigel Worthington'],
      ['I have always', 'Graham Stuart'],
    ]);
  });
});
