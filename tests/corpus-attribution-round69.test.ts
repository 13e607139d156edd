import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 69: forms the development splits (AllSides dev to dev8, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a participle of no subject set off after a quotation', () => {
  it('goes on with the clause\'s subject: "…, recalling him as an old friend"', () => {
    expect(
      speakersOf(
        'Party chief Dana Whitfield said the death was “shocking and regretful”, recalling him as an old friend.',
      ),
    ).toEqual([['shocking and regretful', 'Dana Whitfield']]);
  });
});

describe('a clause of time fronted before the main clause', () => {
  it('says nothing of who speaks in the main clause when "when" opens it: "When Trump suggested …, Rubio fired back: “…”"', () => {
    expect(
      speakersOf(
        'When Ray Alden suggested that the county would sue the state, Lena Cho fired back: “If they sue us, they will lose.”',
      ),
    ).toEqual([['If they sue', 'Lena Cho']]);
  });

  it('ends at its comma after a noun that is also a verb of saying ("over the deal,")', () => {
    expect(
      speakersOf(
        'After Ray Alden suggested that the county would sue the state over the deal, Lena Cho fired back: “If they sue us, they will lose.”',
      ),
    ).toEqual([['If they sue', 'Lena Cho']]);
  });
});

describe('a capitalised word the tagger reads as a verb', () => {
  it('is inside the name of the body in a title: "Judicial Watch President Tom Fitton said"', () => {
    expect(speakersOf('Citizens Watch President Tom Fenner said, “The agency knew all along.”')).toEqual([
      ['The agency knew', 'Tom Fenner'],
    ]);
  });
});

describe('a sentence closed by a verb of communication after a comma', () => {
  it('reports the words that open the next sentence: "…, Putnam countered. “…”"', () => {
    expect(
      speakersOf(
        'Rob Putman and Chris Marley spoke on Monday.',
        'Big changes come from policy, not genes, Putman countered. “You can’t argue policy is irrelevant.”',
      ),
    ).toEqual([['You can’t argue', 'Rob Putman']]);
  });
});

describe('a clause of concession after a comma', () => {
  it('has its own cue: "…, though Trump says China will probably “hit $50 billion.”"', () => {
    expect(
      speakersOf(
        'Officials say Beijing has agreed to buy more grain, though Donald Trump says China will probably “hit $50 billion.”',
      ),
    ).toEqual([['hit $50 billion.', 'Donald Trump']]);
  });
});

describe('a pronoun after a sentence that opens with a fronted clause', () => {
  it('stands for the main clause\'s subject first: "When Cohen asked …, Mueller demurred. “…,” he told the panel"', () => {
    expect(
      speakersOf(
        'Robert Maxwell testified on Wednesday.',
        'When Steve Colton asked whether Jeff Sessions had been the source, Maxwell demurred.',
        '“I’m not certain,” he quietly told the panel.',
      ),
    ).toEqual([['I’m not certain', 'Robert Maxwell']]);
  });
});
