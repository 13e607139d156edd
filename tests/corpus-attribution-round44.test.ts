import { describe, expect, it } from 'vitest';
import { findDocumentEntities } from '../src/corpus/speakers/document-entities.js';
import { tagWords } from '../src/corpus/speakers/tag-words.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 44: forms the spent BBC held-out splits of round 43 (now dev44 and dev45) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a name after "since" that owns a noun', () => {
  it('is the object of "since" as a preposition, not the subject "he" stands for ("since Sir Colin\'s report")', () => {
    expect(
      speakersOf(
        'In his first remarks since Sir Colin Grey\'s report, Mr Patel told reporters he had not read it. Asked about the minister, he replied: "She has my full support."',
      ),
    ).toEqual([['She has my', 'Patel']]);
  });
});

describe('a report the subject speaks in', () => {
  it('is issued by that subject, so "the report said" credits it ("Shelter says in a report")', () => {
    expect(
      speakersOf(
        'Some 90,000 families are homeless, Shelter says in a report, Locked Out. The report said: "Temporary housing is failing children." Ministers disagree.',
      ),
    ).toEqual([['Temporary housing is', 'Shelter']]);
  });
});

describe('a capitalised word after a name', () => {
  it('goes on with the name, never a reporting verb making a person of it ("Polar Express is based on")', () => {
    const text =
      'Fans met the cast in the square. Polar Express is based on a book for children. "It was magical," said Hanks.';
    const persons = findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name);
    expect(persons).toEqual(['Hanks']);
  });
});

describe('names joined by "and" before a role after an inverted "said"', () => {
  it('modify the role, so the person closing it speaks ("said Tom and Kate series producer Anna Price")', () => {
    expect(
      speakersOf(
        'Tom Baker and Kate Lee host the show. "This series is our best," said Tom and Kate series producer Anna Price.',
      ),
    ).toEqual([['This series is', 'Anna Price']]);
  });
});

describe('a person whose reporting clause closes the sentence before', () => {
  it('is whom "he said" stands for, not someone named in the words reported ("…, Alan Milburn told Radio 4")', () => {
    expect(
      speakersOf(
        'The prime minister Tony Blair will face voters on Saturday. The prime minister\'s drive remains strong, Colin Hart, the party\'s campaign chief, told Radio 4. Mr Blair has "the same passion as in 1997", he said.',
      ),
    ).toEqual([['the same passion', 'Colin Hart']]);
  });
});

describe('a title with a verb form the tagger reads inside it', () => {
  it('still opens its sentence with a new subject, whose uncued words are not the earlier speaker\'s ("Double try scorer")', () => {
    expect(
      speakersOf(
        'Fly-half Rhys Evans kicked four penalties. "It\'s just a special moment for us all," he said. Double try scorer Owen Pugh was keen not to look ahead. "We have got more self-belief these days than we used to."',
      )[1],
    ).toEqual(['We have got', null]);
  });
});

describe('a definite role noun alone as a subject', () => {
  it('is an epithet for the person the story is about ("and the defender said")', () => {
    expect(
      speakersOf(
        'Liam Doyle is ready to commit his future to the club. He was once threatened with the sack by boss Karl Heinz. Talks have begun and the defender said: "I want to stay here."',
      ),
    ).toEqual([['I want to', 'Liam Doyle']]);
  });

  it('is not someone the article gives another role (a guard: "Sports Writer Ensign Ritchie …. The conductor said")', () => {
    expect(
      speakersOf(
        'Sports writer Ensign Ritchie went to his compartment to talk with him. The conductor said to Ritchie: "I don\'t think you want to talk to him."',
      ),
    ).toEqual([["I don't think", null]]);
  });
});

describe('a name particle in lower case after a forename', () => {
  it('is part of the name ("Nick Van den Brul", "Rodrigo de Rato")', () => {
    const text =
      'Analyst Nick Van den Brul of BNP Paribas called the results modest. Rodrigo de Rato said the plan would work.';
    const persons = findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name);
    expect(persons).toEqual(expect.arrayContaining(['Nick Van den Brul', 'Rodrigo de Rato']));
  });

  it('is not after a place\'s first word (a guard: "the Stade de France")', () => {
    const text = 'Wales won at the Stade de France on Saturday. Coach Mike Ruddock said it was special.';
    const persons = findDocumentEntities(text, tagWords(text), []).persons.map((person) => person.name);
    expect(persons).toEqual(['Mike Ruddock']);
  });
});

describe('a bare apostrophe after a name ending in "s"', () => {
  it('is its possessive, so the person it owns speaks ("said CBS\' Mary Hope")', () => {
    expect(speakersOf('Scenes are being cut from the film. "It is not worth the risk," said CBS\' Mary Hope.')).toEqual(
      [['It is not', 'Mary Hope']],
    );
  });
});

describe('a name after "in" between two quotations of one sentence', () => {
  it('does not stop the second going on from the first\'s speaker ("shareholders in Yukos from “…”")', () => {
    expect(
      speakersOf(
        'Yukos said the sale was illegal. Its spokesman Alexander Shadrin spoke after the sale. He said the company would make "every lawful move" to protect shareholders in Yukos from "this forcible removal of their property".',
      ),
    ).toEqual([
      ['every lawful move', 'Alexander Shadrin'],
      ['this forcible removal', 'Alexander Shadrin'],
    ]);
  });
});

describe('"according to" fronted before a clause that reports the words', () => {
  it('is that clause\'s source, not its speaker ("According to Mr Peston the prime minister said:")', () => {
    expect(
      speakersOf(
        'Jane Ward has led the government since 1997. She denied the claims in the book by Robert Peston. According to Mr Peston the prime minister said: "Help me get through the year."',
      ),
    ).toEqual([['Help me get', 'Jane Ward']]);
  });
});

describe('a subject with an appositive set off before its reporting verb', () => {
  it('reports that sentence\'s words, so "he" after it is that subject, not the last speaker it names', () => {
    const said = speakersOf(
      'Michael Howard has said a claim by Peter Hale shows Labour is worried. In a speech to his party, he said the tactics proved the Tories were winning. Mr Hale made the claim in the terror bill debate. "Something tells me someone out there is rattled," Mr Howard said. Mr Hale, Leader of the Commons, told ITV\'s Morning programme that Mr Howard\'s stance on the government\'s terror bill was putting the country at risk. He then accused the Tory Leader of behaving like a "bully".',
    );
    expect(said.at(-1)).toEqual(['bully', 'Peter Hale']);
  });
});

describe('a linking word before a reporting subject that opens its sentence', () => {
  it('still lets that subject\'s sentence report the words "he said" closes ("Yet Evan Mann, a bond analyst, said")', () => {
    expect(
      speakersOf(
        'Peter Lynch said the chain would cut costs. "This includes big cost reductions in all our stores," he said. Yet Ivan Marsh, a senior bond analyst at Gimme Credit, said Mr Lynch\'s job would not be easy. "The real big issue is what happens over the next two quarters," he said.',
      ),
    ).toEqual([
      ['This includes big', 'Peter Lynch'],
      ['The real big', 'Ivan Marsh'],
    ]);
  });
});

describe('"shadow" before a lower-case title', () => {
  it('makes it the opposition\'s office, so "the Foreign Secretary" is not that person', () => {
    const text =
      'The shadow foreign secretary Michael Ancram said it was fine. Mr Straw spoke. The Foreign Secretary told the BBC it was wrong.';
    const entities = findDocumentEntities(text, tagWords(text), []);
    expect(entities.persons.find((person) => person.name === 'Michael Ancram')?.titles).toEqual(
      new Set(['shadow-foreign-secretary']),
    );
    expect(
      entities.mentions.find((mention) => text.slice(mention.start, mention.end) === 'The Foreign Secretary')?.kind,
    ).toBe('anonymous');
  });
});
