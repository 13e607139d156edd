import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 16: forms the spent BBC held-out split of round 15 (now dev3) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 16', () => {
  it('does not take a product named before a hyphened compound for someone who speaks', () => {
    expect(
      speakersOf(
        'Dr Ann Vale studies networks. Firms have tried to undermine Zapster by planting fakes. "It is full of junk like Zapster," she said. Users of the Zapster file-sharing system left.',
      ),
    ).toEqual([['It is full', 'Ann Vale']]);
  });

  it('reads an initialism before a full name as part of the title, not of the name', () => {
    expect(speakersOf('Tory MP Michael Mates, who sits on the committee, told the BBC: "That is right."')).toEqual([
      ['That is right.', 'Michael Mates'],
    ]);
  });

  it('leaves letters written after a full name out of the name', () => {
    expect(
      speakersOf('Paul Boateng MP, Labour\'s Chief Secretary to the Treasury, said: "The sums don\'t add up."'),
    ).toEqual([["The sums don't", 'Paul Boateng']]);
  });

  it('takes a bare definite title for the one person the narration just named', () => {
    expect(
      speakersOf(
        'Ms Patricia Vale also announced a new drive. Plans include funding for universities. The minister told delegates that getting rid of "career bias" was vital. "It is simply wrong to judge by sex," she said.',
      ),
    ).toEqual([
      ['career bias', 'Patricia Vale'],
      ['It is simply', 'Patricia Vale'],
    ]);
  });

  it('does not take a title followed by its body for someone already named', () => {
    expect(
      speakersOf(
        'Jim Hale opened the meeting. Recently the secretary of the Peace League was interviewed on the air. He said, "Let us work for peace instead."',
      ),
    ).toEqual([['Let us work', null]]);
  });

  it('reads an initialism opening a run before a full name as a title', () => {
    expect(speakersOf('The song was written by radio DJ Mike Reed, who said: "It is a sad song."')).toEqual([
      ['It is a', 'Mike Reed'],
    ]);
  });

  it("finds a known person's surname that the tagger reads as another word before a verb", () => {
    expect(
      speakersOf(
        'The ballad was written by Mike Read. Sir Cliff Richard has recorded his part. Read wrote the song in a week. "I was totally shocked at the disaster," he said. "It is a natural home for it," Read said.',
      ),
    ).toEqual([
      ['I was totally', 'Mike Read'],
      ['It is a', 'Mike Read'],
    ]);
  });

  it('credits a quotation opening with a number after a sentence that a pronoun cue closes', () => {
    expect(
      speakersOf(
        'This was helped by compact editions, it said. "2004 has proven to be an important year," said chief executive Sir Anthony Reilly.',
      ),
    ).toEqual([['2004 has proven', 'Anthony Reilly']]);
  });

  it('credits the person before an appositive whose closing comma is left out', () => {
    expect(
      speakersOf(
        'Patents were debated. "Patent rights protect inventors," Eva Linden, a Green member of the European Parliament said in a statement.',
        'The market met. "They should seize the moment," Mr Pratt, Lloyd\'s chief executive said.',
      ),
    ).toEqual([
      ['Patent rights protect', 'Eva Linden'],
      ['They should seize', 'Pratt'],
    ]);
  });

  it('reads an initialism as the one body of the document whose initials it is, with no parentheses', () => {
    expect(
      speakersOf(
        'The Public Health Service declared on Monday that levels were safe. But the PHS conceded that the particles "will add to the risk of genetic effects".',
      ),
    ).toEqual([['will add to', 'Public Health Service']]);
  });

  it('does not take a day for someone who speaks', () => {
    expect(
      speakersOf(
        'The group has spent a million dollars for Hanson. Hanson during a Sunday thanked its members "for their support in my campaign" and left.',
      ),
    ).toEqual([['for their support', null]]);
  });

  it('takes an epithet for the one person of several whose words the sentence before reports', () => {
    expect(
      speakersOf(
        'Tony Blair has had the chance to tackle the problems and has failed, Michael Howard has said. "Britain is heading in the wrong direction", the Conservative leader said in his message.',
      ),
    ).toEqual([['Britain is heading', 'Michael Howard']]);
  });

  it('steps over a body after "of the" to the person before it', () => {
    expect(
      speakersOf('David Graham of the FDA told the panel that "there really does not appear to be a need" for them.'),
    ).toEqual([['there really does', 'David Graham']]);
  });

  it('knows the countries WordNet knows, by their capitals too, not only a listed few', () => {
    expect(
      speakersOf(
        'Canberra rejected the plan. "We will not take part in this scheme," Canberra said in a statement.',
        'Talks went on in Oslo. "Nothing was agreed," Oslo said.',
      ),
    ).toEqual([
      ['We will not', 'Australia'],
      ['Nothing was agreed', 'Norway'],
    ]);
  });

  it('does not take a place after a preposition, before a reporting verb, for someone who speaks', () => {
    expect(
      speakersOf(
        'Mike Pompeo arrived on Tuesday. Officials during meetings in Sochi discussed security. "It was a good day for us," he said.',
      ),
    ).toEqual([['It was a', 'Mike Pompeo']]);
  });

  it('leaves what a title\'s "of" governs out of the name after it', () => {
    expect(
      speakersOf(
        'The visit was planned for weeks. "We will talk about everything," US Secretary of State Pompeo said.',
        'The talks went on. "Nothing new was said," Minister of Foreign Affairs Sergey Lavrov said.',
      ),
    ).toEqual([
      ['We will talk', 'Pompeo'],
      ['Nothing new was', 'Sergey Lavrov'],
    ]);
  });
});
