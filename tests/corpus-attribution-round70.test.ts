import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 70: forms the development splits (AllSides dev to dev10, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a name set off after an indefinite description an inverted verb reports', () => {
  it('speaks: "…,” said a spokesman, John Smith."', () => {
    expect(speakersOf('“We are reviewing the order,” said a spokesman, John Smith.')).toEqual([
      ['We are reviewing', 'John Smith'],
    ]);
  });

  it('is a person though its forename is unknown: "…,” said one visitor, Peron Kwong, after"', () => {
    expect(
      speakersOf('“I am really sad,” said one visitor, Peron Kwong, after tying a white ribbon to a street rail.'),
    ).toEqual([['I am really', 'Peron Kwong']]);
  });
});

describe('a month after a forename that the tagger reads as a proper noun', () => {
  it('is the surname: "said Marie March, who"', () => {
    expect(speakersOf('“Guns are a way of life where we live,” said Marie March, who drove in from Floyd.')).toEqual([
      ['Guns are a', 'Marie March'],
    ]);
  });
});

describe('an indefinite description headed by any word for a kind of person', () => {
  it('brings someone new in, whom a later "he" may stand for: "A political insider recently told me …. “…,” he said"', () => {
    expect(
      speakersOf(
        'Donald Trump won the primary.',
        'Few took Trump seriously. A political insider recently told me most voters were content. “The economy is in good shape,” he said.',
      ),
    ).toEqual([['The economy is', null]]);
  });

  it('names no one before its verb, when it happened standing between: "A senior official on Thursday called"', () => {
    expect(
      speakersOf(
        'Jerome Powell was nominated on Thursday.',
        'Powell took a straight line, analysts said. A senior White House official on Thursday called his experience “unique” at the bank.',
      ),
    ).toEqual([['unique', null]]);
  });
});

describe('a verb straight after a quotation that is not set off', () => {
  it('inverts only if it is one of saying: "Pelosi said the “chaotic delay” showed Republicans were weak"', () => {
    expect(
      speakersOf('House Democratic Leader Nancy Pelosi said the “chaotic delay” showed Republicans were weak.'),
    ).toEqual([['chaotic delay', 'Nancy Pelosi']]);
  });
});

describe('a noun of saying and "by" before a clause that "that" opens', () => {
  it('names whose words the clause gives: "a claim by Peter Hain that the Tory leader is acting like an “attack mongrel”"', () => {
    expect(
      speakersOf(
        'Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an “attack mongrel” shows Labour is worried.',
      ),
    ).toEqual([['attack mongrel', 'Peter Hain']]);
  });
});
