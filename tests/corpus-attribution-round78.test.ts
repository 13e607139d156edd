import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 78: forms the development splits (AllSides dev to dev26, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a firm named before its chief', () => {
  it('speaks as itself, not as the chief: "Tesla CEO Elon Musk …. PST Tesla has said"', () => {
    expect(
      speakersOf(
        'When Tesla CEO Elon Musk introduced a cheaper car, he cut the price.',
        'Tesla declined to comment.',
        'UPDATE: Dec. 3, 2018, 3:19 p.m. PST Tesla has said it supports a "level playing field" for all.',
      ),
    ).toEqual([['level playing field', 'Tesla']]);
  });
});

describe('a related-links widget a scraped page keeps after a name', () => {
  it('is no part of the sentence: "said … John Thune John Randolph ThuneTrump tweets spark … MORE (R-S.D.)"', () => {
    expect(
      speakersOf(
        '“There is some common ground there,” said Senate Republican Whip John Thune John Randolph ThuneTrump tweets spark fresh headache for Republicans GOP’s Obama-era probes MORE (R-S.D.).',
      ),
    ).toEqual([['There is some', 'John Thune']]);
  });

  it('nor its headlines antecedents: "Sen. Cory Gardner Cory Scott GardnerTariffs … MORE (R-Colo.) said"', () => {
    expect(
      speakersOf(
        'Sen. Cory Gardner Cory Scott GardnerTariffs on Mexico worry farmers Democrats press Bill Barr on census MORE (R-Colo.) said on Tuesday that the Senate would move.',
        '“Mitch McConnell is a judicial nominations machine,” he said.',
      ),
    ).toEqual([['Mitch McConnell is', 'Cory Gardner']]);
  });

  it('so the clause after it is the name\'s: "aide Kellyanne Conway Kellyanne Elizabeth ConwayOvernight … MORE, who told"', () => {
    expect(
      speakersOf(
        'Former FBI Director James Comey James Brien ComeyThere are poor ideas, bad ones MORE testified about his interactions with Trump last year.',
        "Trump took a cue from aide Kellyanne Conway Kellyanne Elizabeth ConwayOvernight Health Care: George Conway: 'If Obama had done this' Republicans would be 'out for blood' MORE, who told reporters that it was important Ford “should not be insulted.”",
      ),
    ).toEqual([['should not be', 'Kellyanne Conway']]);
  });
});

describe('a country named alone', () => {
  it('is not the last word of a firm taken for a person: "Air China is hiring …. jobs in China …. he said"', () => {
    expect(
      speakersOf(
        'Kit Darby, a pilot recruiter, said pay is high.',
        'For instance, Air China is hiring captains for Airbus aircraft.',
        'Pilots in the Middle East, China and India can make $100,000 a year, according to Darby.',
        'He said a pilot working in Africa would make a bit less.',
        '"The big deals come with the captain\'s seat," he said.',
      ),
    ).toEqual([['The big deals', 'Kit Darby']]);
  });

  it('but a person named in full with a forename keeps the name: "Michael Jordan … Jordan said"', () => {
    expect(speakersOf('Michael Jordan retired in 1993.', '“I am back,” Jordan said.')).toEqual([
      ['I am back', 'Michael Jordan'],
    ]);
  });

  it('and so does a title: "Home Office minister Baroness Scotland said: “…”"', () => {
    expect(
      speakersOf(
        'Home Office minister Baroness Scotland said: "Murder is the most serious of crimes. "Where an offender is convicted of murder, the court must pass a life sentence."',
      ),
    ).toEqual([
      ['Murder is the', 'Scotland'],
      ['Where an offender', 'Scotland'],
    ]);
  });
});

describe('an inverted verb whose subject is set off after a description', () => {
  it('is whom a later he stands for: "…, said one of the dissenters, Ryan P. Haygood, …. “…,” he said"', () => {
    expect(
      speakersOf(
        'Bloomberg opposed the invitation before he supported it.',
        'Churchgoers turned their backs to him until he finished. There was no plan to protest Bloomberg’s presence, said one of the dissenters, Ryan P. Haygood, a former NAACP lawyer. “I kept waiting for him to lean into it,” he said.',
      ),
    ).toEqual([['I kept waiting', 'Ryan P. Haygood']]);
  });
});

describe('a university WordNet files with places', () => {
  it('speaks as an institution: "Harvard University said in a statement, “…”"', () => {
    expect(
      speakersOf(
        'A student was turned away.',
        'Harvard University said in a statement, “We are working with the family.”',
      ),
    ).toEqual([['We are working', 'Harvard University']]);
  });
});

describe('a reporting verb in the present tense that the tagger reads as a plural noun after a name', () => {
  it('opens a report: "Tom Bowman notes: “…”"', () => {
    expect(
      speakersOf('Tom Bowman notes: “A U.S. Central Command official told reporters the fight will be long.”'),
    ).toEqual([['A U.S. Central', 'Tom Bowman']]);
  });

  it('or closes one after its comma: "“…,” Tom Bowman states."', () => {
    expect(speakersOf('“They did say Mosul won’t be easy,” Tom Bowman states.')).toEqual([
      ['They did say', 'Tom Bowman'],
    ]);
  });

  it('not a noun a closing mark without a comma leaves: "in those” Twitter posts, Harris said"', () => {
    expect(
      speakersOf(
        'Judge Pamela Harris asked about the videos. “It’s a little tricky to find the rationale in those” Twitter posts, Harris said at the hearing.',
      ),
    ).toEqual([['It’s a little', 'Pamela Harris']]);
  });

  it('nor one inside a sentence: "the resolution that HD demands, if HDTV is to be "real""', () => {
    expect(
      speakersOf(
        'A TV set must show the images at the much higher resolution that HD demands, if HDTV is to be "real".',
      ),
    ).toEqual([['real', null]]);
  });
});

describe('a person set off after a description, in a clause ", and" opens', () => {
  it('is who the description is: "Putin made it, and his spokesman, Dmitri Peskov, insisted, “…”"', () => {
    expect(
      speakersOf(
        'Putin made the announcement on Sunday, and his spokesman, Dmitri Peskov, on Monday insisted, “Of course we’re not interested in those relations.”',
      ),
    ).toEqual([['Of course we’re', 'Dmitri Peskov']]);
  });
});
