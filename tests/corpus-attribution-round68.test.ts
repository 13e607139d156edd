import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 68: forms the development splits (AllSides dev to dev6, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a short line of no verb naming a person after paragraphs of quotation', () => {
  it('credits them, as a round-up does: "“…” ⏎ Maggie Mertens, The Atlantic"', () => {
    expect(
      speakersOf(
        'The left finds the disparities in pay deeply problematic.',
        '“The close match shows the women are worth watching.”',
        '“They are worth paying, too.”',
        'Maggie Mertens, The Atlantic',
        '“It is hard to guarantee that someone in the group is safe.”',
        '— Deborah Netburn, Los Angeles Times',
      ),
    ).toEqual([
      ['The close match', 'Maggie Mertens'],
      ['They are worth', 'Maggie Mertens'],
      ['It is hard', 'Deborah Netburn'],
    ]);
  });

  it('not a quotation after narration in its paragraph, before a heading ("Kind Mr. Sam")', () => {
    expect(
      speakersOf(
        '“We have just returned from Roswell,” the young man noted. “We have a tremendous amount of talent.”',
        'Kind Mr. Sam',
        'Among the many stories about the late Speaker Sam Rayburn is one from Rep. Dwyer.',
      ),
    ).toEqual([
      ['We have just', null],
      ['We have a', null],
    ]);
  });
});

describe('initials set off by commas after a noun for a group', () => {
  it('name a body, which speaks: "The official news agency, KCNA, called Trump a “…”"', () => {
    expect(
      speakersOf(
        'State media rebuffed the overtures. The official news agency, KTNA, called the envoy a “lunatic old man” and said he should go.',
      ),
    ).toEqual([['lunatic old man', 'KTNA']]);
  });
});

describe('a body set off by commas after a description headed by a word for a body', () => {
  it('is who the description is: "Its advocacy organization, the Cancer Action Network, said the measure was a “…”"', () => {
    expect(
      speakersOf(
        'The bill won the endorsement of the Heart Society. Its advocacy organization, the Heart Action Network, said the bill was a “welcome step.”',
      ),
    ).toEqual([['welcome step.', 'Heart Action Network']]);
  });
});
