import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 11: the subject of a reporting verb read as a phrase, as a clause reading would (see
// src/answer/clause-roles.ts), not as the nearest capitalised word. Each case is constructed, and each credited the
// wrong person, or nobody, before its rule.
describe('the subject of a reporting verb is read as a phrase', () => {
  it('takes the head after a possessor, not the possessor', () => {
    expect(
      speakersOf(
        'Dr. Ralph Emmons studies the heart.',
        'The strain of weight, says New York’s Dr. Paul Hamlin, can damage the heart “for much the same reason that an old engine wears out”.',
      ),
    ).toEqual([['for much the', 'Paul Hamlin']]);
  });

  it('gives nobody for a possessor whose unnamed spokesman speaks', () => {
    expect(speakersOf('“We will not go to the talks”, said Governor Walter Hale’s spokesman.')).toEqual([
      ['We will not', null],
    ]);
  });

  it('takes "and" before a clause with its own verb for two clauses, not two speakers', () => {
    expect(
      speakersOf(
        'Families want more room, says Mr. Paul Alden and they are buying houses built with “a sense of the practical”.',
      ),
    ).toEqual([['a sense of', 'Paul Alden']]);
  });

  it('credits the named "by" phrase of a passive reporting verb, and only a named one', () => {
    expect(
      speakersOf(
        'The landing was hailed by a leading opposition figure, Dr. Juan Rivera, as having saved “many lives in the years ahead”.',
        'The plan was praised by critics as “a bold stroke of policy”.',
      ),
    ).toEqual([
      ['many lives in', 'Juan Rivera'],
      ['a bold stroke', null],
    ]);
  });

  it('credits the subject of a comment clause "as X puts it"', () => {
    expect(
      speakersOf(
        'Mr. Dean Rusk must get rid of staff engaged, as Sen. Henry Jackson puts it, “in work that does not really need doing”.',
      ),
    ).toEqual([['in work that', 'Henry Jackson']]);
  });

  it('reads a sentence-opening reporting verb before a title as inverted, not as part of the name', () => {
    expect(
      speakersOf(
        'Food may act as a sedative. Reports Dr. Ancel Keys: “A common experience for us is the wife who eats alone”.',
      ),
    ).toEqual([['A common experience', 'Ancel Keys']]);
  });
});

describe('an inverted cue belongs to the quotation it is set off before', () => {
  it('reads "…??” Snapped Maureen, “…”" as the cue of the quotation after it, not of the question', () => {
    expect(
      speakersOf(
        'Johnny Weller telephoned Maureen Sullivan at the theater and muttered, “Are you there at last”?? Snapped Maureen, “Who wants to know”!!',
      ),
    ).toEqual([
      ['Are you there', 'Johnny Weller'],
      ['Who wants to', 'Maureen Sullivan'],
    ]);
  });
});

describe('a verb the tagger reads as a noun', () => {
  it('is still the inverted cue when set off after a quotation and followed by a name', () => {
    expect(
      speakersOf(
        'Manager Paul Richards looked at the pitching staff.',
        '“We will get better pitching this year”, answers Richards.',
      ),
    ).toEqual([['We will get', 'Paul Richards']]);
  });
});

describe('he and she skip people who are not the subject of their clause', () => {
  it('takes no antecedent from a noun phrase after a preposition, or a name set off after one', () => {
    expect(
      speakersOf(
        'To his colleague George Palmer, William James wrote often. “Philosophy is a fight”, he said.',
        'Of another colleague, George Santayana, he could write: “The great event in my life has been his book”.',
      ),
    ).toEqual([
      ['Philosophy is a', 'William James'],
      ['The great event', 'William James'],
    ]);
  });

  it('does not take a name set off just before the pronoun, which is the subject of the quoted clause', () => {
    expect(
      speakersOf(
        'Owen Wister wrote about Henry James. James, he remarks in a letter to a friend, “is attempting the impossible”.',
      ),
    ).toEqual([['is attempting the', 'Owen Wister']]);
  });
});
