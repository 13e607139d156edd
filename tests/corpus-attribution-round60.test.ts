import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 60: forms the Reuters development splits (dev to dev20) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('a sentence after a question or exclamation that closes a quotation', () => {
  const before =
    'Judge Barbara Keenan asked why nationality mattered. “Could he ban the entry of all men?” Keenan asked. ';

  it('is its cue only when its verb is one of saying: "Mooppan pointed to previous bans" is a new sentence', () => {
    expect(
      speakersOf(
        `${before}“If most attacks are committed by men, aren’t we protecting this country?” Hashim Mooppan pointed to previous bans by Jimmy Carter as examples.`,
      ).at(-1),
    ).toEqual(['If most attacks', 'Barbara Keenan']);
  });

  it('as "Mooppan told the judge" is', () => {
    expect(
      speakersOf(
        `${before}“If most attacks are committed by men, aren’t we protecting this country?” Hashim Mooppan told the judge in reply.`,
      ).at(-1),
    ).toEqual(['If most attacks', 'Hashim Mooppan']);
  });
});

describe('a generational suffix', () => {
  const people = 'Donald Trump Jr. met the lawyer in June. President Donald Trump was told of it later. ';

  it('tells a son from his father: "Trump Jr. said" is Donald Trump Jr.', () => {
    expect(speakersOf(`${people}“I love it,” Trump Jr. said.`)).toEqual([['I love it', 'Donald Trump Jr.']]);
  });

  it('and a surname without one is the father, though the son was named first', () => {
    expect(speakersOf(`${people}“It was nothing,” Trump said.`)).toEqual([['It was nothing', 'Donald Trump']]);
  });
});

describe('"responded"', () => {
  it('is a reporting verb, so a source after it does not make a second cue: "Smith responded, according to the emails"', () => {
    expect(speakersOf('John Smith met her in June. “I love it,” Smith responded, according to the emails.')).toEqual([
      ['I love it', 'John Smith'],
    ]);
  });
});

describe('a closing double mark after an opening single one', () => {
  const slip =
    'Lee Min-ho said he wanted people in the North to see that the ruling family ‘are not gods.” He said videos were spreading there. “Nobody funds radio programmes,” Lee said. ';

  it('closes it (a typing slip), so the double quotations after it are found: "‘are not gods.”"', () => {
    expect(speakersOf(`${slip}Kim called Trump a “mentally deranged dotard.”`)).toEqual([
      ['are not gods.', 'Lee Min-ho'],
      ['Nobody funds radio', 'Lee Min-ho'],
      ['mentally deranged dotard.', 'Kim'],
    ]);
  });

  it('but not one a double mark inside it opened: ‘called the talks “a farce” twice’ is one quotation', () => {
    const corpus = buildCorpus([
      {
        id: 'article.txt',
        text: 'A test article\n\nLee Min-ho said that the envoy ‘called the talks “a farce” twice’ before he left.',
      },
    ]);
    expect(corpus.documents[0]?.quotations.map((quotation) => quotation.text)).toEqual([
      'called the talks “a farce” twice',
    ]);
  });
});

describe('a name ending in a head word of an organisation', () => {
  it('is a body, so "he said" passes it over: "New York University’s Brennan Center for Justice"', () => {
    expect(
      speakersOf(
        'Seats are drawn to favour one party, according to Michael Li, a lawyer at New York University’s Brennan Center for Justice. “Pennsylvania is probably the most aggressive,” he said.',
      ),
    ).toEqual([['Pennsylvania is probably', 'Michael Li']]);
  });

  it('is what "the alliance" refers to later', () => {
    expect(
      speakersOf(
        'Last week, the Countryside Alliance said more than 250 hunts would meet. The alliance said the meets would show the law was “impossibly difficult to determine” in practice.',
      ),
    ).toEqual([['impossibly difficult to', 'Countryside Alliance']]);
  });

  it('and no person: the words of "a lawyer for the Virginia House Democratic Caucus" are no one’s named', () => {
    expect(
      speakersOf(
        'Delegate David Yancey won the seat. A lawyer for the Virginia House Democratic Caucus criticized the ruling. “Today’s decision was wrong,” the lawyer said.',
      ),
    ).toEqual([['Today’s decision was', null]]);
  });
});

describe('a clause an earlier sentence reports with "…, he said"', () => {
  const before =
    'Roy Moore denied the claims on Friday. But Jonathan Gray, a Republican consultant, said voters were wary. ';

  it('names no antecedent for a later he: "…sink Moore’s bid is a late rival, he said. Absent that, he said, …"', () => {
    expect(
      speakersOf(
        `${before}The only thing that could sink Moore’s bid is a late rival, he said. Absent that, he said, nothing will change a simple fact: “Roy Moore wins in December.”`,
      ),
    ).toEqual([['Roy Moore wins', 'Jonathan Gray']]);
  });

  it('nor does its own, though a verb of saying stands in a compound there: "a write-in campaign"', () => {
    expect(
      speakersOf(
        `${before}The only thing that could sink Moore’s bid is a write-in campaign, he said. “Roy Moore wins in December,” he said.`,
      ),
    ).toEqual([['Roy Moore wins', 'Jonathan Gray']]);
  });
});
