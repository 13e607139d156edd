import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { isUnisexForename } from '../src/corpus/speakers/unisex-forenames.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 40: forms the spent BBC held-out splits of round 39 (now dev36 and dev37) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a pronoun after "<name> said" that the forename list contradicts', () => {
  it('leaves the gender unknown rather than overriding the list, so "she" still finds her', () => {
    expect(
      speakersOf(
        'Tributes were paid to the comedian Walter Grey, who has died aged 90. His former co-star Esther Lane said he was "a joy" to work with. "The thing about Walter was that he was always kind to everyone he met," she said.',
      ),
    ).toEqual([
      ['a joy', 'Esther Lane'],
      ['The thing about', 'Esther Lane'],
    ]);
  });
});

describe('a titled surname with two neighbouring letters swapped', () => {
  it('is the one person the document names in full so', () => {
    expect(
      speakersOf(
        '"We are making it work on a phone," said David Monteith of Sonaptic. Mr Montieth says: "The shape of your ear changes the sound you hear."',
      ),
    ).toEqual([
      ['We are making', 'David Monteith'],
      ['The shape of', 'David Monteith'],
    ]);
  });

  it('is not read into a surname one letter longer, often another person (a guard)', () => {
    expect(
      speakersOf(
        'Chancellor Gordon Brown spoke first. Mr Browne said: "The figures for migration are clear and they are falling."',
      ),
    ).toEqual([['The figures for', 'Browne']]);
  });
});

describe('a clause with no verb of saying that ends in a colon just before the quotation', () => {
  it("announces its subject's words", () => {
    expect(
      speakersOf(
        'Charles Kennedy is too canny to make grand claims. But he is prepared to go this far: "The Conservatives are not going to win this election."',
      ),
    ).toEqual([['The Conservatives are', 'Charles Kennedy']]);
  });

  it("announces no one's when its subject is a thing (a guard)", () => {
    expect(
      speakersOf(
        'Fans gathered outside the ground on Saturday. The banner above the gate read: "Time for the board to go, and go now."',
      ),
    ).toEqual([['Time for the', null]]);
  });
});

describe('capitalised words before a role in lower case and a full name', () => {
  const peopleOf = (text: string) =>
    new Set(
      buildCorpus([{ id: 'a.txt', text: `A test article\n\n${text}` }]).documents[0]?.personMentions.map(
        (m) => m.person,
      ),
    );

  it('say whose role it is and are no one\'s name ("Former Southampton manager Gordon Strachan")', () => {
    const people = peopleOf(
      'Former Southampton manager Gordon Strachan has rejected the job. Strachan said he had too many memories of Southampton.',
    );
    expect(people).toContain('Gordon Strachan');
    expect(people).not.toContain('Former Southampton');
  });

  it('keep a name that opens with a forename (a guard: "Ben Carson campaign manager Barry Bennett")', () => {
    const people = peopleOf('Ben Carson campaign manager Barry Bennett said the team was ready. Carson agreed.');
    expect(people).toContain('Ben Carson');
  });
});

describe('a forename English gives to both sexes', () => {
  it('is known as one from a second list of first names', () => {
    expect(['Jamie', 'Lindsay', 'Marion'].map(isUnisexForename)).toEqual([true, true, true]);
    expect(['Gordon', 'Esther'].map(isUnisexForename)).toEqual([false, false]);
  });

  it('gives no gender, so "he" is not kept from the man who bears it ("Jamie" is female in the guessing list)', () => {
    expect(
      speakersOf(
        'England lost in Dublin. First Mark Cueto was judged offside as he chased the kick. But centre Jamie Noon believes the side showed better form. "We definitely improved against an in-form Irish side," he said.',
      ),
    ).toEqual([['We definitely improved', 'Jamie Noon']]);
  });
});

describe('the plural of a party member after the rest of its name', () => {
  it('is the body they make, and speaks ("The Liberal Democrats said")', () => {
    expect(
      speakersOf(
        'The knighting of Sir John will be received with astonishment. The Liberal Democrats said it "beggared belief" he could not remember.',
      ),
    ).toEqual([['beggared belief', 'Liberal Democrats']]);
  });

  it('leaves a one-word party as it was (a guard: "The Conservatives said")', () => {
    expect(speakersOf('The Conservatives said it "beggared belief" he could not remember.')).toEqual([
      ['beggared belief', 'Conservatives'],
    ]);
  });
});
