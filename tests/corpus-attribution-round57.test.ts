import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 57: forms the Reuters development splits (dev to dev14) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('subjects coordinated after an appositive or in a list credit neither', () => {
  it('after a quotation: "Burns, a former official, and Crocker, an ambassador, added"', () => {
    expect(
      speakersOf(
        'Nicholas Burns and Ryan Crocker wrote on Monday. “This is not about belt tightening,” Burns, a former No. 3 official at the agency, and Crocker, a six-time U.S. ambassador, added.',
      ),
    ).toEqual([['This is not', null]]);
  });

  it('before the verb: "Senator Sanders, an independent, and Senator Warren, a Democrat, called for"', () => {
    expect(
      speakersOf(
        'Senator Bernie Sanders, an independent, and Senator Elizabeth Warren, a Democrat, called for a new “emergency credit facility” for the island.',
      ),
    ).toEqual([['emergency credit facility', null]]);
  });

  it('at the end of the sentence: "…,” Smith, Jones, and Brown said.', () => {
    expect(speakersOf('“We will appeal,” Peter Smith, Anna Jones, and Tom Brown said.')).toEqual([
      ['We will appeal', null],
    ]);
  });

  it('still credits one subject with an appositive, and a clause joined after a verb', () => {
    expect(
      speakersOf(
        '“We will appeal,” Peter Smith, a lawyer for the group, said. Trump met Anna Jones, and Tom Brown said: “It went well.”',
      ),
    ).toEqual([
      ['We will appeal', 'Peter Smith'],
      ['It went well.', 'Tom Brown'],
    ]);
  });
});

describe('a person owned by a name is someone else', () => {
  it('"Megumi’s mother … she said" is not Megumi: a kinship word is such a title', () => {
    expect(
      speakersOf(
        'Megumi Yokota was abducted in 1977. The families can do little, said Megumi’s mother, now 81 and visibly frail. “This is an issue of politics,” she said.',
      ),
    ).toEqual([['This is an', null]]);
  });
});

describe('a description set apart by an ordinal is someone new', () => {
  it('"The second official said …. “…,” he said" is not the man named before', () => {
    expect(
      speakersOf(
        'A tribunal convicted commander Ratko Mladic of genocide. The second official said Washington was analyzing whether genocide had occurred. “In the end it’s a court that has to decide that,” he said.',
      ),
    ).toEqual([['In the end', null]]);
  });
});

describe('a fronted clause of time', () => {
  it('"After Ri Yong Ho addressed the assembly Trump tweeted:": a verb inside it reports nothing of the main clause', () => {
    expect(
      speakersOf(
        'After North Korea’s Foreign Minister Ri Yong Ho addressed the General Assembly on Friday Donald Trump tweeted: “Just heard Foreign Minister of North Korea speak at U.N.”',
      ),
    ).toEqual([['Just heard Foreign', 'Donald Trump']]);
  });

  it('"He arrived in September Trump said": a month after a preposition opens no name', () => {
    expect(
      speakersOf('Trump was in New York. He arrived in September Trump said: “Just heard him speak at U.N.”'),
    ).toEqual([['Just heard him', 'Trump']]);
  });
});

describe('a name after a participle that follows a noun is its object', () => {
  it('"Attorneys representing Mike Flynn, a former aide, said" is not Flynn, appositive or none', () => {
    expect(
      speakersOf(
        'Attorneys representing Mike Flynn, a former aide to the president, said on Friday that allegations “ranging from kidnapping to bribery” were false.',
      ),
    ).toEqual([['ranging from kidnapping', null]]);
  });
});
