import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 84: forms the development splits (AllSides dev to dev38, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a word of four or more capitals before a name', () => {
  it('opens no name ("| REUTERS Lew takes on debt deniers")', () => {
    expect(
      speakersOf(
        'A failure to raise the debt limit will be catastrophic, Lew warns. | REUTERS Lew takes on debt deniers',
        'Treasury Secretary Jack Lew warned Congress on Thursday.',
        '“It is irresponsible and reckless,” Lew told the committee.',
      ),
    ).toEqual([['It is irresponsible', 'Jack Lew']]);
  });

  it('but stays in a body’s name', () => {
    expect(speakersOf('“We will fight this in court,” the ACLU Foundation said.')).toEqual([
      ['We will fight', 'ACLU Foundation'],
    ]);
  });

  it('nor does a shorter title in capitals ("MP Edward Leigh")', () => {
    expect(
      speakersOf('“Our aim is to ensure that the BBC is accountable,” said the committee chairman, MP Edward Leigh.'),
    ).toEqual([['Our aim is', 'Edward Leigh']]);
  });
});

describe('an initialism that leaves out the first or last words of a body’s name', () => {
  it('stands for that body ("the U.S. Department of Homeland Security … DHS said")', () => {
    expect(
      speakersOf(
        'The U.S. Department of Homeland Security sent officers to Portland on Friday.',
        'DHS said the officers faced “violent anarchists” every night.',
      ),
    ).toEqual([['violent anarchists', 'U.S. Department of Homeland Security']]);
  });

  it('but not when the initials open or close two bodies’ names', () => {
    expect(
      speakersOf(
        'The U.S. Department of Homeland Security and the Wisconsin Department of Health Services both sent officers.',
        'DHS said the officers faced “violent anarchists” every night.',
      ),
    ).toEqual([['violent anarchists', 'DHS']]);
  });
});

describe('a video widget between a name and a pronoun', () => {
  it('is no text the pronoun looks back over ("JUST WATCHED … Replay More Videos ... MUST WATCH … 02:44")', () => {
    expect(
      speakersOf(
        'President Barack Obama spoke to reporters on Sunday about the strategy against the militants.',
        'JUST WATCHED U.S. strikes ISIS near key dam Replay More Videos ... MUST WATCH U.S. strikes ISIS near key dam 02:36',
        'JUST WATCHED Is ISIS already inside the US? Replay More Videos ... MUST WATCH Is ISIS already inside the US? 02:44',
        '“I am confident that I have got the authorization that I need,” he said.',
      ),
    ).toEqual([['I am confident', 'Barack Obama']]);
  });
});

describe('a family name before a hyphened given name the tagger splits', () => {
  it('is one name, whatever the tagger reads its words as ("Park Won-soon")', () => {
    expect(
      speakersOf(
        'Seoul mayor Park Won-soon was found dead on Friday.',
        'He had opposed former President Park Geun-hye.',
        '“I apologise to everyone,” Park wrote in a note.',
      ),
    ).toEqual([['I apologise to', 'Park Won-soon']]);
  });
});

describe('a pronoun whose verb names a person as its object', () => {
  it('does not stand for that person ("he called Trump the “…”")', () => {
    expect(
      speakersOf(
        'Benjamin Netanyahu met President Donald Trump.',
        'Hours later, Trump announced a plan.',
        'Before an adoring audience, he called Trump the “greatest friend that Israel has ever had,” and left.',
      ),
    ).toEqual([['greatest friend that', 'Benjamin Netanyahu']]);
  });

  it('with an adverb before the verb ("he later called Trump")', () => {
    expect(
      speakersOf(
        'Benjamin Netanyahu met President Donald Trump.',
        'Hours later, Trump announced a plan.',
        'Before an adoring audience, he later called Trump the “greatest friend that Israel has ever had.”',
      ),
    ).toEqual([['greatest friend that', 'Benjamin Netanyahu']]);
  });
});

describe('a pronoun after a comma whose verb takes an infinitive', () => {
  it('reports nothing before it ("so flustered, she threatened to shut down the briefing")', () => {
    expect(
      speakersOf(
        'Trump has no idea what he has started.',
        'Press Secretary Sarah Sanders was so flustered, she threatened to shut down the briefing.',
        '"I really don\'t have anything else to add on that topic," she said after fielding questions.',
      ),
    ).toEqual([["I really don't", 'Sarah Sanders']]);
  });

  it('while one with a clause after it still may ("hosted by Gordon Brown, he said that …")', () => {
    expect(
      speakersOf(
        'Paul Martin, Canada’s finance minister, argued that these organisations must change. Mr Martin is attending the G7 meeting. At a conference hosted by UK finance minister Gordon Brown on Friday, he said that he favoured floating rates. "A flexible exchange rate is one more channel for absorbing shocks," he told the conference.',
      ),
    ).toEqual([['A flexible exchange', 'Paul Martin']]);
  });
});

describe('the last speaker named only as a possessor', () => {
  it('yields to someone the sentence names otherwise ("Rex Tillerson later tried to clarify Trump’s comments")', () => {
    expect(
      speakersOf(
        'Donald Trump has blamed his own predecessors for the “huge” trade deficit.',
        'Rex Tillerson later tried to clarify Trump’s comments. “There was a bit of truth to it,” he told reporters.',
      ),
    ).toEqual([
      ['huge', 'Donald Trump'],
      ['There was a', 'Rex Tillerson'],
    ]);
  });

  it('but not to a description ("when it came to Mueller’s investigation, the former special prosecutor was clear")', () => {
    expect(
      speakersOf(
        '“I am not going to answer that question, sir,” Robert Mueller told Rep. Greg Steube.',
        'And when it came to Trump’s favorite ways to characterize Mueller’s investigation, the former special prosecutor was clear.',
        '“It is not a witch hunt,” he said.',
      ),
    ).toEqual([
      ['I am not', 'Robert Mueller'],
      ['It is not', 'Robert Mueller'],
    ]);
  });
});

describe('a pull quote repeating words quoted before', () => {
  it('is the speaker’s of the words it repeats', () => {
    expect(
      speakersOf(
        'As Corey Davis put it, “We’re now facing two deadly, concurrent declared public health emergencies.”',
        'Methadone clinics will change their rules.',
        '“We’re now facing two deadly, concurrent declared public health emergencies.”',
      ),
    ).toEqual([
      ['We’re now facing', 'Corey Davis'],
      ['We’re now facing', 'Corey Davis'],
    ]);
  });

  it('but not when it is a phrase of a few words', () => {
    expect(
      speakersOf(
        'Corey Davis called it “a public health emergency.”',
        'Methadone clinics will change their rules.',
        '“A public health emergency.”',
      ),
    ).toEqual([
      ['a public health', 'Corey Davis'],
      ['A public health', null],
    ]);
  });
});

describe('“and” inside a body’s “of” phrase', () => {
  it('joins the words after it to the body’s name ("the Department of Housing and Urban Development … HUD")', () => {
    expect(
      speakersOf(
        'The Department of Housing and Urban Development said the rule was “unworkable.” HUD also said it was “burdensome.”',
      ),
    ).toEqual([
      ['unworkable.', 'Department of Housing and Urban Development'],
      ['burdensome.', 'Department of Housing and Urban Development'],
    ]);
  });

  it('but not a name after it ("the Bank of England and Carney said")', () => {
    expect(speakersOf('The Bank of England and Carney said the rise was “done.”')).toEqual([['done.', null]]);
  });
});

describe('a body’s head in the plural before “of”', () => {
  it('joins its name, so the title after it goes with the person ("National Institutes of Health Director Francis Collins")', () => {
    expect(
      speakersOf(
        'Earlier this week, National Institutes of Health Director Francis Collins publicly said , “I think as Christians we have to care for the sick.”',
      ),
    ).toEqual([['I think as', 'Francis Collins']]);
  });
});
