import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 49: forms the spent BBC held-out splits of round 48 (now dev54 and dev55) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('initials after "the"', () => {
  it('name a body, which "it" stands for ("…, the OECD said. "…," it added")', () => {
    expect(
      speakersOf(
        'China\'s booming economy would help the recovery, the OECD said. "Supported by strong balance sheets, investment should recover," it added.',
      ),
    ).toEqual([['Supported by strong', 'OECD']]);
  });

  it('are still a country when they are one ("the UK said" is the United Kingdom) (a guard)', () => {
    expect(speakersOf('Talks on the budget failed. "We will not pay more," the UK said.')).toEqual([
      ['We will not', 'United Kingdom'],
    ]);
  });
});

describe('a lone word closing the title of a work, after a capitalised function word', () => {
  it('names no one ("who also presents Stars In Their Eyes said")', () => {
    expect(
      speakersOf(
        'The 28-year-old host, who also presents Songs From Their Hearts said she wanted new projects. "I have had a great few years," the presenter said.',
      ),
    ).toEqual([['I have had', null]]);
  });

  it('is still a surname after a middle initial ("Charles A Blixt") (a guard)', () => {
    // The undotted initial "A" is tagged an article, so the name found here is "Blixt" alone (a known gap, noted in the
    // README); the guard checks that the title rule does not drop it.
    expect(
      speakersOf(
        'The firms were delighted. Charles A Blixt, executive vice-president of RJ Reynolds Tobacco, said the ruling "dramatically transforms" the lawsuit.',
      ),
    ).toEqual([['dramatically transforms', 'Blixt']]);
  });
});

describe('a short sentence closed by its reporting verb after a question', () => {
  it("is the question's cue, its subject found by the verb's rules (\"…?\" Mr Kashyap's lawyer Mihir Desai said.)", () => {
    expect(
      speakersOf(
        'Karl Weber said the film should go ahead. "How can you go against the movie?" Mr Weber\'s lawyer Anna Berg said.',
      ),
    ).toEqual([['How can you', 'Anna Berg']]);
  });

  it('is no cue when the sentence has a verb of its own before ("…?" Reporters who met Anna Berg said.) (a guard)', () => {
    expect(
      speakersOf(
        'Karl Weber said the film should go ahead. "How can you go against the movie?" Reporters who met Anna Berg said.',
      ),
    ).toEqual([['How can you', 'Karl Weber']]);
  });
});

describe("a forename after a named person's possessive and a noun for a relative by blood", () => {
  it('takes the family\'s surname ("Mr Eavis\' daughter Emily said")', () => {
    expect(
      speakersOf(
        'Karl Hamblin said tickets would go on sale. Mr Hamblin\'s daughter Emily said it would be "quite a big step" for the festival. "It might really work," Emily added.',
      ),
    ).toEqual([
      ['quite a big', 'Emily Hamblin'],
      ['It might really', 'Emily Hamblin'],
    ]);
  });

  it('does not after a spouse, who may keep another surname ("Mr Hamblin\'s wife Anna said") (a guard)', () => {
    expect(
      speakersOf(
        'Karl Hamblin said tickets would go on sale. Mr Hamblin\'s wife Anna said it would be "quite a big step".',
      ),
    ).toEqual([['quite a big', 'Anna']]);
  });

  it('does not after a forename alone ("Anna\'s daughter Emily said") (a guard)', () => {
    expect(
      speakersOf('Anna said the tickets sold out. Anna\'s daughter Emily said it was "quite a big step".'),
    ).toEqual([['quite a big', 'Emily']]);
  });
});

describe('a one-word body that opens exactly one longer name in the document', () => {
  it('is short for that name ("Contrack International … the agency Contrack … Contrack said")', () => {
    expect(
      speakersOf(
        'Contrack International heads a coalition of firms. The Pentagon praised the firm Contrack. Contrack said "the work could not be done".',
      ),
    ).toEqual([['the work could', 'Contrack International']]);
  });
});
