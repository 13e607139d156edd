import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 88: forms the development splits (AllSides dev to dev46, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a question closing a quotation, then words in lower case', () => {
  it('leaves the sentence going on to its cue (“What is next?” attorney Lisa Bloom tweeted after …)', () => {
    expect(
      speakersOf(
        'Lisa Bloom represents several of the women.',
        '“What is next?” attorney Lisa Bloom tweeted after the guilty verdict came in.',
      ),
    ).toEqual([['What is next?', 'Lisa Bloom']]);
  });
});

describe('a person and a finite verb set off by commas straight before a quoted predicate', () => {
  it('frame the quoted words as that person’s (“Unlike Obama, Saul continued, Romney “understands …”")', () => {
    expect(
      speakersOf(
        'Andrea Saul speaks for Mitt Romney.',
        'Unlike Obama, Saul continued, Romney “understands that we must not raise taxes.”',
      ),
    ).toEqual([['understands that we', 'Andrea Saul']]);
  });

  it('but only set off on both sides: a clause that opens the sentence is no aside', () => {
    expect(
      speakersOf(
        'Andrea Saul speaks for Mitt Romney.',
        'Saul continued, Romney “understands that we must not raise taxes.”',
      ),
    ).toEqual([['understands that we', 'Mitt Romney']]);
  });
});

describe('a stop word opening a clause before capitalised words', () => {
  it('opens no name (“Several Trump campaign veterans …”, then “Trump called …” is Trump’s)', () => {
    expect(
      speakersOf(
        'Several Trump campaign veterans have lambasted the plan.',
        'Trump called the executives “killers” at the meeting.',
      ),
    ).toEqual([['killers', 'Trump']]);
  });

  it('but a title in the run keeps the word before it (“Former Arkansas Gov. Mike Huckabee …”)', () => {
    expect(
      speakersOf(
        'Rubio says he opposes the plan.',
        'Former Arkansas Gov. Mike Huckabee, for his part, is labeling the actions “a blatant abuse of power.”',
      ),
    ).toEqual([['a blatant abuse', 'Mike Huckabee']]);
  });
});

describe('a quoted predicate after a person a preposition governs', () => {
  it('is not that person’s (“Schumer tried to cast this deal as Trump “selling out” to China”)', () => {
    expect(
      speakersOf(
        'Donald Trump signed the deal.',
        'Senate Minority Leader Charles E. Schumer tried to cast this deal as Trump “selling out” to China.',
      ),
    ).toEqual([['selling out', null]]);
  });
});

describe('a verb of saying inside a clause of time, or a phrase a preposition opens, before the main clause', () => {
  it('reports nothing of the main clause, which has its own subject and verb (“After a meeting at which Trump spoke, Tillerson referred to him as a “moron””)', () => {
    expect(
      speakersOf(
        'Rex Tillerson and Donald Trump met.',
        'After a meeting at which Trump spoke, Tillerson referred to him as a “moron” in a conversation.',
      ),
    ).toEqual([['moron', 'Rex Tillerson']]);
  });

  it('nor, when no main-clause verb reports it, credits the clause’s speaker (“As he spoke …, Trump became the first candidate to buy a “promoted trend””)', () => {
    expect(
      speakersOf(
        'Donald Trump spoke.',
        'As he spoke to accept the nomination, Trump became the first candidate to buy a “promoted trend” on Twitter.',
      ),
    ).toEqual([['promoted trend', null]]);
  });

  it('after a fronted phrase too (“In his only published commentary on housing, he called the rule “social engineering””)', () => {
    expect(
      speakersOf(
        'Ben Carson runs the housing department.',
        'In his only published commentary on housing policy before his appointment to HUD, he called the 2015 rule “social engineering.”',
      ),
    ).toEqual([['social engineering.', 'Ben Carson']]);
  });
});
