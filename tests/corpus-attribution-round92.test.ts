import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 92: forms the development splits (AllSides dev to dev54, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a surname written without its accents', () => {
  it('is the person named with them (“…, says José Muñoz, senior fellow …. “…,” says Mr. Munoz”)', () => {
    expect(
      speakersOf(
        'The move was not an act of panic, says José Muñoz, senior fellow at the Institute of Policy Studies.',
        '“Nobody wants the checks back,” says Ann Lowe, a lawyer in Vienna.',
        '“The border is a political symbol,” says Mr. Munoz.',
      ),
    ).toEqual([
      ['Nobody wants the', 'Ann Lowe'],
      ['The border is', 'José Muñoz'],
    ]);
  });
});

describe('lower-case words between a preposition of affiliation and a name', () => {
  it('go with that name after a person’s name (“Ada Lindqvist of member station KXRA reports:”)', () => {
    expect(speakersOf('Ada Lindqvist of member station KXRA reports: “The dam will hold for another year.”')).toEqual([
      ['The dam will', 'Ada Lindqvist'],
    ]);
  });

  it('not after a title, which names the person after them (“director of rugby Tom Reed said”)', () => {
    expect(speakersOf('“The squad is ready,” Gloucester director of rugby Tom Reed said.')).toEqual([
      ['The squad is', 'Tom Reed'],
    ]);
  });
});

describe('a verb inside a participle clause opening the sentence', () => {
  it('reports nothing of the main clause after its comma (“Signaling that the board will acquit Reed, Ada Lindqvist of Ohio declared that …”)', () => {
    expect(
      speakersOf(
        'Signaling that the board will acquit Tom Reed, Senator Ada Lindqvist of Ohio declared that the inquiry “risks damaging the institutions.”',
      ),
    ).toEqual([['risks damaging the', 'Ada Lindqvist']]);
  });

  it('but “According to …” is a cue, not a participle', () => {
    expect(
      speakersOf(
        'The campaign asked NBC to check the claims. According to conservative talk radio host Tom Reed, the move reeks of “fear” and desperation.',
      ),
    ).toEqual([['fear', 'Tom Reed']]);
  });
});

describe('a person set off by an appositive after a question or exclamation', () => {
  it('speaks it (“…?” Tom Reed, a board member, told the paper.)', () => {
    expect(speakersOf('“Why would anybody arrest the doctors?” Tom Reed, a board member, told the paper.')).toEqual([
      ['Why would anybody', 'Tom Reed'],
    ]);
  });

  it('after a title in lower case too (“…?” former governor Tom Reed, a board member, told the paper.)', () => {
    expect(
      speakersOf('“Why would anybody arrest the doctors?” former governor Tom Reed, a board member, told the paper.'),
    ).toEqual([['Why would anybody', 'Tom Reed']]);
  });

  it('not when the verb goes on to words quoted of its own (“…?” Tom Reed, a co-chairman, said that the law was “…”)', () => {
    expect(
      speakersOf(
        'Ms Lowe said: “How is the village constable to tell them apart?” Tom Reed, another co-chairman, said that the law was “so poorly drafted nobody can enforce it”.',
      ),
    ).toEqual([
      ['How is the', 'Lowe'],
      ['so poorly drafted', 'Tom Reed'],
    ]);
  });
});

describe('a name whose forename the lists lack, set off by a title in lower case', () => {
  it('is a person’s (“…,” Sumeet Okonkwo, vice president of the wildfire program, told reporters.)', () => {
    expect(
      speakersOf(
        '“This is the measure of last resort,” Sumeet Okonkwo, vice president of the wildfire program, told reporters.',
      ),
    ).toEqual([['This is the', 'Sumeet Okonkwo']]);
  });
});
