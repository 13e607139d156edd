import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';
import { findDocumentEntities } from '../src/corpus/speakers/document-entities.js';
import { tagWords } from '../src/corpus/speakers/tag-words.js';

// Round 45: forms the spent BBC held-out splits of round 44 (now dev46 and dev47) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a possessive title before a name after an inverted "said"', () => {
  it('is that named person\'s, with no comma between them ("said her agent Rosa Hall")', () => {
    expect(
      speakersOf(
        'The singer Ana Cruz has cancelled two concerts in Lisbon. "She needs rest," said her agent Rosa Hall. "She will be back on stage in March."',
      ),
    ).toEqual([
      ['She needs rest', 'Rosa Hall'],
      ['She will be', 'Rosa Hall'],
    ]);
  });

  it('stays unnamed when no name follows ("said her agent")', () => {
    expect(
      speakersOf('The singer Ana Cruz has cancelled two concerts in Lisbon. "She needs rest," said her agent.'),
    ).toEqual([['She needs rest', null]]);
  });
});

describe('a name after an inverted "said" and a role in lower case', () => {
  it('is a person speaking, though its forename is not in the list ("said principal analyst Kobita Desai")', () => {
    const text = 'Shares rose. "It is a positive step," said principal analyst Kobita Desai.';
    expect(findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name)).toEqual([
      'Kobita Desai',
    ]);
  });

  it('takes the possessor before the role for no speaker ("said Gartner\'s analyst Kobita Desai")', () => {
    const text = 'Shares rose. "It is a positive step," said Gartner\'s analyst Kobita Desai.';
    expect(findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name)).toEqual([
      'Kobita Desai',
    ]);
  });
});

describe('a definite role noun a relative clause set off by commas describes', () => {
  it('is an epithet for the person named before, whom a later "he" stands for ("The actor, who was born …")', () => {
    expect(
      speakersOf(
        'Tom Vale has been given a star on the Walk of Fame. "I asked my mother first," Vale said.\n\nThe actor, who was born in Lyon, also spoke of how he left school. "Acting was calling," he said.',
      ),
    ).toEqual([
      ['I asked my', 'Tom Vale'],
      ['Acting was calling', 'Tom Vale'],
    ]);
  });
});

describe('a subject set off from its verb by a title with a body and a second aside', () => {
  it('is still reached ("Mr Ian Kim, chief executive of SK Telecom, also at the fair, said:")', () => {
    expect(
      speakersOf('Mr Ian Kim, chief executive of SK Telecom, also at 3GSM, said: "We have plans to integrate TV."'),
    ).toEqual([['We have plans', 'Ian Kim']]);
  });
});

describe('two roles joined by "and" after an inverted "said", the second with an adjective', () => {
  it('are one title of the person they close, not the body before them ("said Nortel president and chief executive")', () => {
    expect(
      speakersOf(
        'Velo cut its profits. "We have a solid foundation," said Velo president and chief executive Anna Berg. "It was a hard task."',
      ),
    ).toEqual([
      ['We have a', 'Anna Berg'],
      ['It was a', 'Anna Berg'],
    ]);
  });
});

describe('a definite role noun that a name modifies', () => {
  it('is an epithet for the person named before ("said the Leeds winger", "the Black Sabbath singer told")', () => {
    expect(
      speakersOf(
        'Captain Jack Reed believes there is nothing wrong with the mood in the camp. "There is no lack of confidence," said the Leeds winger.',
      ),
    ).toEqual([['There is no', 'Jack Reed']]);
  });
});

describe('"and" after a clause with its own verb and a prepositional object', () => {
  it('opens the next clause, whose subject speaks ("Irish trailed at the break and Gold said:")', () => {
    expect(
      speakersOf(
        'Rovers coach Dan Hale felt the result was fair.\n\nRovers trailed by two points at the break and Hale said: "For an hour we matched them."',
      ),
    ).toEqual([['For an hour', 'Dan Hale']]);
  });
});

describe('"as" after a closing mark with a verb that takes an object', () => {
  it('opens a clause of reason, so the cue before the quotation stands ("…" as it meant the launch was lost)', () => {
    expect(
      speakersOf(
        'Former aide Tom Vale has described the episode as a "bit of a disaster" as it meant the launch was lost.',
      ),
    ).toEqual([['bit of a', 'Tom Vale']]);
  });

  it('still makes a comment clause with none ("…", as Vale said on the radio) (a guard)', () => {
    expect(speakersOf('The race "is a dead heat right now," as Tom Vale said on the radio on Monday.')).toEqual([
      ['is a dead', 'Tom Vale'],
    ]);
  });
});

describe('an adverb between a name and its reporting verb', () => {
  it('still makes the name one that speaks ("The Tories also said")', () => {
    const text = 'Borrowing rose again. The Tories also said: "There is a black hole in the accounts."';
    expect(findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name)).toEqual(['Tories']);
  });

  it('not after a lone word opening its sentence, which may be a common noun ("Organisations also represented") (a guard)', () => {
    const text = 'The grid has a board. Organisations also represented on the board include the United Nations.';
    expect(findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name)).toEqual([]);
  });
});

describe('a name set off after a description with where it is from', () => {
  it('is who the description is ("the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned")', () => {
    expect(
      speakersOf(
        'But the chairman of the working party, Ambassador Ola Berg of Iceland, warned that there was "still a lot of work to do".',
      ),
    ).toEqual([['still a lot', 'Ola Berg']]);
  });
});

describe('an appositive opened by "one of" between a name and its reporting verb', () => {
  it('makes the name a person speaking, as one opened by "a" does ("Kobita Desai, one of the analysts, says")', () => {
    const text = 'Kobita Desai, one of the graduate students, says that "the machine must be tough".';
    expect(findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name)).toEqual([
      'Kobita Desai',
    ]);
  });
});

describe('a document a possessive pronoun owns', () => {
  it('speaks for whom the pronoun stands for, as one a name owns does ("Her report said")', () => {
    expect(
      speakersOf('Ana Cruz won three gold medals. Her report said that she "has never taken banned drugs".'),
    ).toEqual([['has never taken', 'Ana Cruz']]);
  });
});

describe('a participle in the role before a name after an inverted "said"', () => {
  it('modifies the role as an adjective does ("said managing director Anna Smith")', () => {
    expect(speakersOf('The fund will help. "We are ready to help," said managing director Anna Smith.')).toEqual([
      ['We are ready', 'Anna Smith'],
    ]);
  });
});

describe('a body named before the role after an inverted "said"', () => {
  it('modifies the role, so the name after it is a person speaking ("said HVB analyst Peter-Thilo Halser")', () => {
    const text = 'The club may go bust. "It is the bill for years of mismanagement," said HVB analyst Kobita Desai.';
    expect(findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name)).toEqual([
      'Kobita Desai',
    ]);
  });
});

describe('a possessor\'s title after an inverted "said" with a name set off after it', () => {
  it('is that person\'s ("said the festival\'s executive director, Craig Prater")', () => {
    expect(
      speakersOf('The festival went on. "We are happy," said the festival\'s executive director, Ola Berg.'),
    ).toEqual([['We are happy', 'Ola Berg']]);
  });
});

describe('"it said" after a name of no gender whose words its sentence reports', () => {
  it('stands for that name, a firm the names list took for a person ("Wimpey said …. "…," it added")', () => {
    expect(
      speakersOf(
        'Velcorp said the housing market had proved "challenging" last year. "By late summer, the market had slowed," it added.',
      ),
    ).toEqual([
      ['challenging', 'Velcorp'],
      ['By late summer,', 'Velcorp'],
    ]);
  });

  it('not for a woman or man the article gives a gender ("Anna Berg said …. "…," it added") (a guard)', () => {
    expect(
      speakersOf('Anna Berg said the market had proved "challenging". "By late summer, it had slowed," it added.'),
    ).toEqual([
      ['challenging', 'Anna Berg'],
      ['By late summer,', null],
    ]);
  });
});

describe('a name between a determiner and a document', () => {
  it('issued it, as a possessor does ("An IAAF statement said:")', () => {
    expect(
      speakersOf(
        'The Rugby Football Union will appeal. Now the RFU will lodge an appeal. An RFU statement said: "The board concluded that the decision is wrong."',
      ),
    ).toEqual([['The board concluded', 'Rugby Football Union']]);
  });
});

describe('a name set off after a role "for" or "at" a body, opening the clause', () => {
  it('is who the role is ("A spokesman for DLF Builders, Dr Vancheshwar, told the BBC")', () => {
    expect(
      speakersOf(
        'The sector is happy. A spokesman for Velo Builders, Dr Anna Smith, told the BBC this will mean "better offerings" for buyers.',
      ),
    ).toEqual([['better offerings', 'Anna Smith']]);
  });
});

describe('a definite role noun a "whose" clause set off by commas describes', () => {
  it('is an epithet too ("The businessman, whose latest venture is a casino, also voiced concern")', () => {
    expect(
      speakersOf(
        'Tom Vale has given money to the party. The businessman, whose latest venture is a casino, also voiced concern about the war.\n\nAnd he called the response "poor". "People need real help," he said.',
      ),
    ).toEqual([
      ['poor', 'Tom Vale'],
      ['People need real', 'Tom Vale'],
    ]);
  });
});
