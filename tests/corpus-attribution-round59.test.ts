import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 59: forms the Reuters development splits (dev to dev18) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('a body after a preposition, a determiner and a place written in initials', () => {
  it('is governed by the preposition: "The former head of the U.S. Democratic National Committee defended"', () => {
    expect(
      speakersOf(
        'WASHINGTON (Reuters) - The former head of the U.S. Democratic National Committee on Sunday defended her book, and said her critics could “go to hell.” Donna Brazile wrote it.',
      ),
    ).toEqual([['go to hell.', null]]);
  });
});

describe('initials run together before a surname', () => {
  it('make a person even with an appositive after: "“…,” J.D. Gordon, the director of the group, told Reuters"', () => {
    expect(
      speakersOf(
        'Victoria Toensing said her client opposed the trip. “Sam built the first group,” J.D. Gordon, the director of the campaign group, told Reuters.',
      ),
    ).toEqual([['Sam built the', 'J.D. Gordon']]);
  });

  it('but a place\'s do not: "“…,” U.S. Gordon, the director, told Reuters" names no one', () => {
    expect(
      speakersOf('“Sam built the first group,” U.S. Gordon, the director of the campaign group, told Reuters.'),
    ).toEqual([['Sam built the', null]]);
  });
});

describe('a he or she that can stand for one person only', () => {
  it('tells that person\'s gender when no forename does: "O’Rourke … he said" is no antecedent of a later she', () => {
    expect(
      speakersOf(
        'Beto O’Rourke spoke to Reuters on Monday. “We will win this seat,” he said. Still, O’Rourke’s message has resonated with executive Katherine Stovring, who said she used to vote for both parties. “I am looking for ways to engage,” she said.',
      ),
    ).toEqual([
      ['We will win', 'Beto O’Rourke'],
      ['I am looking', 'Katherine Stovring'],
    ]);
  });

  it('but one that had others to stand for tells nothing: "Christie … after she attacked" leaves him a he', () => {
    expect(
      speakersOf(
        [
          'New Jersey Gov. Chris Christie described Hillary Clinton as a “disgrace” after she attacked police officers and blamed shootings on “implicit bias” against minorities.',
          'On a radio show on Tuesday, Clinton criticized police officer Betty Shelby for shooting Terence Crutcher, an unarmed man.',
          '“How many times do we have to see this?” she said.',
          'Protests broke out after Keith Lamont Scott, 43, was killed by police.',
          'Scott was shot by an officer after he allegedly brandished a pistol.',
          'Christie, who has campaigned for Donald Trump since he suspended his own campaign, blasted Clinton on radio.',
          '“She’s a disgrace,” he said.',
        ].join('\n\n'),
      ).at(-1),
    ).toEqual(['She’s a disgrace', 'Chris Christie']);
  });
});

describe('a clause joined by "and" or "but" with a subject and a verb of saying of its own', () => {
  it('reports the quotation after it, not the clause before: "Russia denied meddling and Trump said … a “…”"', () => {
    expect(
      speakersOf('Russia has denied meddling, and Donald Trump said the investigation was a “witch hunt.”'),
    ).toEqual([['witch hunt.', 'Donald Trump']]);
  });

  it('but one whose verb is not of saying goes on with what the first clause reports', () => {
    expect(
      speakersOf(
        'Jacoba Atlas said PBS could put itself at risk, and it could also deter many of its stations from airing “an important film”.',
      ),
    ).toEqual([['an important film', 'Jacoba Atlas']]);
  });
});

describe('a word for a kind of person that is also a forename', () => {
  it('is a designation before a forename and a surname: "Tory Liam Fox said"', () => {
    expect(speakersOf('But Tory Liam Fox said his party offered a “clear choice” on the issue.')).toEqual([
      ['clear choice', 'Liam Fox'],
    ]);
  });

  it('but is the forename before a surname alone: "Tory Nolan said"', () => {
    expect(speakersOf('But Tory Nolan said her party offered a “clear choice” on the issue.')).toEqual([
      ['clear choice', 'Tory Nolan'],
    ]);
  });
});
