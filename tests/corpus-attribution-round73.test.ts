import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 73: forms the development splits (AllSides dev to dev16, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a credit after the closing mark of a paragraph of quotation', () => {
  it('credits the person it names, with a dash or without: "“…” — Clare Malone, FiveThirtyEight"', () => {
    expect(
      speakersOf(
        'Perspectives',
        '“As voters have developed Goldilocks syndrome, the mayor has benefitted.” — Clare Malone, FiveThirtyEight',
        'He has been a successful fundraiser',
        '“The mayor is alone among the alternatives in having the money.” Andrew Romano, Yahoo News',
      ),
    ).toEqual([
      ['As voters have', 'Clare Malone'],
      ['The mayor is', 'Andrew Romano'],
    ]);
  });

  it('not narration with a verb after the closing mark: "“…” Tom Smith then left the hall."', () => {
    expect(speakersOf('The hall emptied early.', '“We will go home now.” Tom Smith then left the hall.')).toEqual([
      ['We will go', null],
    ]);
  });

  it('not after a quotation its paragraph’s narration opens, which frames it: "Mary Jones … spoke first. “…” Tom Smith"', () => {
    expect(speakersOf('Mary Jones, the mayor, spoke first. “It is late.” Tom Smith, The Times')).toEqual([
      ['It is late.', 'Mary Jones'],
    ]);
  });
});

describe('an irregular verb of saying', () => {
  it('is one in its regular past too: "chided", "relayed"', () => {
    expect(
      speakersOf(
        '“You have done nothing,” Tom Smith chided. “We will act,” the mayor, Ann Jones, relayed to the council.',
      ),
    ).toEqual([
      ['You have done', 'Tom Smith'],
      ['We will act', 'Ann Jones'],
    ]);
  });
});

describe('a person set off after a description, with a title of their own', () => {
  it('is who the description is, the title opened by its article: "Another critic, the activist …, tweeted"', () => {
    expect(
      speakersOf(
        'Another critic, the activist Deray McKesson, tweeted: “This is the beginning of tyranny.”',
        'His spokesman, the lawyer Dmitri Peskov, said: “This is wrong.”',
      ),
    ).toEqual([
      ['This is the', 'Deray McKesson'],
      ['This is wrong.', 'Dmitri Peskov'],
    ]);
  });
});

describe('the issuer of a document', () => {
  it('is the body it is set off after: "The Center for Biological Diversity, in a Dec. 13 letter, asked"', () => {
    expect(
      speakersOf(
        'The Center for Biological Diversity, in a Dec. 13 letter, asked the agency to investigate.',
        '“We urge you to ensure that the protections are enforced,” the letter reads.',
      ),
    ).toEqual([['We urge you', 'Center for Biological Diversity']]);
  });

  it('is the agent of its passive, past an aside: "The report, which …, was released by the Sierra Club"', () => {
    expect(
      speakersOf(
        'The report, which runs to 40 pages, was released by the Sierra Club on Thursday.',
        '“Coal plants are closing faster than ever,” the report says.',
      ),
    ).toEqual([['Coal plants are', 'Sierra Club']]);
  });

  it('not the agent of a passive inside an aside: "The letter, whose list of signatories was led by …, said"', () => {
    expect(
      speakersOf(
        'The letter, whose list of signatories was led by Bob Goodlatte, said the standard had failed.',
        '“By diverting corn to fuel, the standard has raised prices,” the letter said.',
      ),
    ).toEqual([['By diverting corn', null]]);
  });
});
