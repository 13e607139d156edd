import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 20: forms the spent BBC held-out splits of round 19 (now dev7 and dev8) showed the corpus getting wrong. Each
// case is constructed, and each failed before its rule.
describe('attribution forms of round 20', () => {
  it('resolves he/she to a subject who reports speech, not to the last speaker named there too', () => {
    expect(
      speakersOf(
        'Mr Dalton said: "I am proud to take on the embassy in Nairobi."',
        'Shadow minister Alan Fenwick said that, in government, he would block Mr Dalton\'s appointment. "It is the latest reward for a loyal friend," he said.',
      ),
    ).toEqual([
      ['I am proud', 'Dalton'],
      ['It is the', 'Alan Fenwick'],
    ]);
  });

  it('reads a subject past a relative clause set off before its reporting verb', () => {
    expect(
      speakersOf(
        'The lifetime award went to Leonardo Kasprzak on Sunday. "This one means more than any other," Kasprzak told the audience. His career began in horror films.',
        'Actress Helen Ward, who starred in Mercer\'s 1962 film The Outlaw, said was impressed by Kasprzak\'s quest for truth when he discussed the role with her. "The work always came first," she said.',
      ),
    ).toEqual([
      ['This one means', 'Leonardo Kasprzak'],
      ['The work always', 'Helen Ward'],
    ]);
  });

  it('reads an indefinite subject as someone new, not as an epithet for a person named before', () => {
    expect(
      speakersOf(
        'Committee chairman Edward Crane said the ministry should now act on the findings. A senior ministry spokesman said the rules had been tightened since the inquiry. He added "that every application will now be checked twice".',
      ),
    ).toEqual([['that every application', null]]);
  });

  it('takes a definite description up as the unnamed person it repeats, not as someone named beside', () => {
    expect(
      speakersOf(
        'Councillor Dan Pryor resigned after being questioned by party leaders. A party spokesman said Mr Pryor\'s resignation followed reports in a local paper about his conduct. "He regrets what happened and will take no further part," the spokesman added.',
      ),
    ).toEqual([['He regrets what', null]]);
  });

  it('gives the words of a fronted question clause to no one, and the answer to the one who replies', () => {
    expect(
      speakersOf(
        'Ms Ortega will take up the post in Lisbon in June. Asked if she had been chosen in an "open and fair" contest, Ms Ortega replied: "I was appointed the way ambassadors always have been."',
      ),
    ).toEqual([
      ['open and fair', null],
      ['I was appointed', 'Ortega'],
    ]);
  });

  it('credits neither of two coordinated subjects when a role noun stands before the second', () => {
    expect(
      speakersOf(
        'Rights groups welcomed the decision. Both Amnesty International and the lobby group Detainee Rights Commission described the release as "long overdue".',
      ),
    ).toEqual([['long overdue', null]]);
  });

  it('reads "the firm" as the firm the story introduces with that word and keeps naming', () => {
    expect(
      speakersOf(
        'Music will be harder to copy thanks to new measures devised by protection firm Sonivar. Sonivar says its new player will stop most copying. "The player is designed to stop casual copying," said the firm. Sonivar did not say when it would ship.',
      ),
    ).toEqual([['The player is', 'Sonivar']]);
    // A club the story names once, in passing, is not the one "the club" means.
    const [[, speaker] = []] = speakersOf(
      'The board of Leeds Rovers met on Monday. On Sunday rival club Harrow Athletic asked to join the talks. "Any board must consider a fair offer," the club said.',
    );
    expect(speaker).not.toBe('Harrow Athletic');
  });

  it('skips a name modifying a role with an "of" phrase before a person', () => {
    expect(
      speakersOf(
        'Real Zaragoza director of football Pablo Marin praised the supporters for their patience. "They showed great maturity all evening," he said.',
      ),
    ).toEqual([['They showed great', 'Pablo Marin']]);
  });

  it('takes a lone name a "who" clause is about for a person', () => {
    expect(
      speakersOf(
        'Director Mike Leigh told the audience: "It is a real surprise and an extraordinary honour." Brandauer, who lost out on the best actor award, will face the winner again at the Oscars in two weeks.',
        '"It is the first time I have been nominated," he told reporters on the red carpet.',
      ),
    ).toEqual([
      ['It is a', 'Mike Leigh'],
      ['It is the', 'Brandauer'],
    ]);
  });

  it('credits no one when a relative clause has an unnamed subject of its own', () => {
    expect(
      speakersOf(
        'Mr Brant distanced himself from recent campaign posters featuring Mr Gould, which critics claimed were "offensive".',
      ),
    ).toEqual([['offensive', null]]);
  });

  it('reads an inverted cue past a capitalised particle opening the name', () => {
    expect(
      speakersOf(
        'Analysts were cautious about the new rules. "It is not good. But it is very understandable," said Al Breach, an economist at a Moscow bank.',
      ),
    ).toEqual([['It is not', 'Breach']]);
  });
});
