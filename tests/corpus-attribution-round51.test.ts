import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 51: forms the spent BBC held-out splits of round 50 (now dev58 and dev59) and the development data showed the
// corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a person noun WordNet also files as a name', () => {
  it('heads an epithet when written in lower case ("…," says the Leeds man)', () => {
    expect(speakersOf('Jamie Costin runs the bakery in Leeds. "It is fun," says the Leeds man.')).toEqual([
      ['It is fun', 'Jamie Costin'],
    ]);
  });

  it('heads one after the quotation too ("…," the Black Sabbath singer told reporters)', () => {
    expect(
      speakersOf(
        'Rock star Ozzy Osbourne has said his family will stop filming.\n\n"I did not like the cameras," the Black Sabbath singer told reporters.',
      ),
    ).toEqual([['I did not', 'Ozzy Osbourne']]);
  });

  it('does not when capitalised, as it may be that name ("the Leeds Man") (a guard)', () => {
    expect(speakersOf('Jamie Costin runs the bakery in Leeds. "It is fun," says the Leeds Man.')).toEqual([
      ['It is fun', null],
    ]);
  });
});

describe('a definite description whose head noun came straight before one earlier name', () => {
  const opening = 'Talk show host Jerry Springer helped launch the show. "I would not have written it," he said.\n\n';

  it('stands for that person ("Talk show host Jerry Springer …. The TV host said")', () => {
    expect(speakersOf(`${opening}The TV host said he understood the anger. "On our show we bleep it out."`)).toEqual([
      ['I would not', 'Jerry Springer'],
      ['On our show', 'Jerry Springer'],
    ]);
  });

  it('not when indefinite ("A party spokesman later said … "…," he said": someone new) (a guard)', () => {
    expect(
      speakersOf(
        'Campaign spokesman Tom Reed said the poster was misread. "Concern has been heard." A party spokesman later said the timing was unaffected. "It has been up for weeks," he said.',
      ),
    ).toEqual([
      ['Concern has been', 'Tom Reed'],
      ['It has been', null],
    ]);
  });

  it('not when the head came before two names ("host Jerry Springer and radio host Tim Vine") (a guard)', () => {
    expect(
      speakersOf(
        'Talk show host Jerry Springer and radio host Tim Vine helped launch the show. "I would not have written it," Springer said.\n\nThe TV host said he understood the anger. "On our show we bleep it out."',
      ),
    ).toEqual([
      ['I would not', 'Jerry Springer'],
      ['On our show', null],
    ]);
  });
});

describe('words in the first person after a sentence of narration with no cue', () => {
  const opening =
    'Walker hopes to race again\n\nAnna Grey broke her back in a crash in May. "It hurt a lot," she said.\n\n';
  const painKillers = '\n\n"For the first nine hours, I had no pain killers at all."';

  it('are its subject\'s, someone already quoted ("Anna did not reach hospital …. ¶“… I had no pain killers”")', () => {
    expect(speakersOf(`${opening}Anna did not reach hospital until nine hours after the crash.${painKillers}`)).toEqual(
      [
        ['It hurt a', 'Anna Grey'],
        ['For the first', 'Anna Grey'],
      ],
    );
  });

  it('and so through he or she ("She did not reach hospital …")', () => {
    expect(speakersOf(`${opening}She did not reach hospital until nine hours after the crash.${painKillers}`)).toEqual([
      ['It hurt a', 'Anna Grey'],
      ['For the first', 'Anna Grey'],
    ]);
  });

  it('not when the words are not in the first person (a guard)', () => {
    expect(
      speakersOf(
        `${opening}Anna did not reach hospital until nine hours after the crash.\n\n"For the first nine hours, there were no pain killers at all."`,
      ),
    ).toEqual([
      ['It hurt a', 'Anna Grey'],
      ['For the first', null],
    ]);
  });

  it('not when the sentence names someone else too ("… after Tom Hill found her") (a guard)', () => {
    expect(
      speakersOf(`${opening}Anna did not reach hospital until nine hours after Tom Hill found her.${painKillers}`),
    ).toEqual([
      ['It hurt a', 'Anna Grey'],
      ['For the first', null],
    ]);
  });

  it('not when the subject has not been quoted before (a guard)', () => {
    expect(
      speakersOf(
        `Walker hopes to race again\n\nAnna Grey broke her back in a crash in May.\n\nAnna did not reach hospital until nine hours after the crash.${painKillers}`,
      ),
    ).toEqual([['For the first', null]]);
  });
});

describe('a titled surname of four or five letters', () => {
  it('is the named surname it misspells by writing a doubled letter once ("Mr Barot" for Jacques Barrot)', () => {
    expect(
      speakersOf('Commissioner Jacques Barrot said he wanted speed. "The plan is serious," said Mr Barot.'),
    ).toEqual([['The plan is', 'Jacques Barrot']]);
  });

  it('is not another one letter away ("Mr Barot" beside Jacques Baron) (a guard)', () => {
    expect(
      speakersOf('Commissioner Jacques Baron said he wanted speed. "The plan is serious," said Mr Barot.'),
    ).toEqual([['The plan is', 'Barot']]);
  });
});

describe('a one-word name with no forename or title that the narration also writes in lower case', () => {
  it('is no antecedent of he or she ("Set in Dartford, Wasp tells the story …. a wasp crawling …. she explains")', () => {
    expect(
      speakersOf(
        'Andrea Arnold won an award for Wasp. "I felt so privileged," says Arnold.\n\nSet in Dartford, Wasp tells the story of a young mum. The image that sparked the film was that of a wasp crawling into a mouth. "I just start with an image," she explains.',
      ),
    ).toEqual([
      ['I felt so', 'Andrea Arnold'],
      ['I just start', 'Andrea Arnold'],
    ]);
  });

  it('while one the narration never writes in lower case still is ("Kenyon told the board …. he said") (a guard)', () => {
    expect(
      speakersOf(
        'The club met on Monday. Kenyon told the board the offer was too low. "Steven is above money," he said.',
      ),
    ).toEqual([['Steven is above', 'Kenyon']]);
  });
});

describe('a day of the week or a compass point opening a name (WordNet)', () => {
  it('is no forename, so gives the name no sex to be a he ("in West Ham, this might …. "…," he said")', () => {
    expect(
      speakersOf(
        'Trevor Phillips argued the time had come. One constituency, West Ham, was to get a shortlist.\n\nMr Phillips said changes might allow it. For example in West Ham, this might allow women to stand. "If we get there, we have to say so," he said.',
      ),
    ).toEqual([['If we get', 'Trevor Phillips']]);
  });
});

describe('a role noun the tagger takes for an adjective, closing a description', () => {
  it('heads it ("…," said the Warriors chief)', () => {
    expect(
      speakersOf(
        'Wigan chairman Maurice Lindsay says he does not expect a quick solution.\n\nLindsay also said he understood why rugby union was so interested in signing up Farrell. "It would be a great loss for us," said the Warriors chief.',
      ),
    ).toEqual([['It would be', 'Maurice Lindsay']]);
  });
});
