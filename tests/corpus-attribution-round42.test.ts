import { describe, expect, it } from 'vitest';
import { discoverSpeakers } from '../src/corpus/speakers/discover-speakers.js';
import { officesConflict } from '../src/corpus/speakers/person-titles.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 42: forms the spent BBC held-out splits of round 41 (now dev40 and dev41) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule.
describe('a title written before a given name', () => {
  it('names its bearer, not someone else with that forename ("Prince Charles" beside Charles Kennedy)', () => {
    expect(
      speakersOf(
        'Prince Charles and Camilla Parker Bowles are to marry in April. Prince Charles said he was "absolutely delighted". Liberal Democrat leader Charles Kennedy said the couple had his "warmest wishes".',
      ),
    ).toEqual([
      ['absolutely delighted', 'Charles'],
      ['warmest wishes', 'Charles Kennedy'],
    ]);
  });

  it('still joins the full name written with the same title (a guard: "Prince Saud" is Prince Saud Al-Faisal)', () => {
    expect(
      speakersOf(
        'Foreign Minister Prince Saud Al-Faisal spoke in Riyadh. Prince Saud said: "Our reforms have created a new generation."',
      ),
    ).toEqual([['Our reforms have', 'Saud Al-Faisal']]);
  });
});

describe('a description set before a name by commas', () => {
  it('is that person when written again later ("The Archbishop of Canterbury said:")', () => {
    expect(
      speakersOf(
        'The wedding will be in the chapel. The Archbishop of Canterbury, Dr Rowan Williams, will preside. "His divorce opened a sense of disillusionment," said Ros Coward, who wrote a biography. The Archbishop of Canterbury said: "I am pleased that they have decided to take this step."',
      ),
    ).toEqual([
      ['His divorce opened', 'Ros Coward'],
      ['I am pleased', 'Rowan Williams'],
    ]);
  });

  it('stands for one of the people it was set before, never the last speaker beside them', () => {
    expect(
      speakersOf(
        'The minister, John Hutton, spoke first. Later the minister, Ruth Kelly, spoke. "Ministers have a duty to act," said Ros Coward, who wrote a report. The minister said: "We will look at the report."',
      ),
    ).toEqual([
      ['Ministers have a', 'Ros Coward'],
      ['We will look', 'Ruth Kelly'],
    ]);
  });
});

describe('he or she', () => {
  it('never stands for a lone initialism, which names a body ("says BT")', () => {
    expect(
      speakersOf(
        'The market is growing fast, says BT. As a telecoms company, BT is moving to a content strategy, Andrew Burke, chief of its new unit told a forum. "We want to be an entertainment facilitator," he said.',
      ),
    ).toEqual([['We want to', 'Andrew Burke']]);
  });
});

describe('the corpus-wide speaker registry', () => {
  const people = (text: string) =>
    discoverSpeakers([text])
      .entries.filter((entry) => entry.speaker.kind === 'person')
      .map((entry) => entry.speaker.name);

  it('takes no sentence-opening function word for a forename ("If Labour is judged")', () => {
    expect(
      people('If Labour is judged to have broken the rules, it will be asked to stop. Labour said it would comply.'),
    ).toEqual([]);
  });

  it('keeps a forename that is also a function word (a guard: "Will Greenwood")', () => {
    expect(people('Will Greenwood scored twice. Greenwood said the side had played well.')).toEqual(['Will Greenwood']);
  });
});

describe("someone's spokesman", () => {
  it('is who he stands for, not the person owning the title ("Tony Blair\'s official spokesman … He said:")', () => {
    expect(
      speakersOf(
        'Union leader Dave Prentis said the plans were "a disgrace". On Monday, Tony Blair\'s official spokesman declined to say whether the prime minister backed the plans. He said: "What matters is that there is a process going on."',
      ),
    ).toEqual([
      ['a disgrace', 'Dave Prentis'],
      ['What matters is', null],
    ]);
  });

  it('is whom "the spokesman" takes up again, not someone named beside him', () => {
    expect(
      speakersOf(
        'Alastair Campbell called the row "a silly fuss". Later the prime minister\'s spokesman was asked about Mr Campbell\'s use of abusive language. The spokesman said: "The person you are referring to can speak for himself."',
      ),
    ).toEqual([
      ['a silly fuss', 'Alastair Campbell'],
      ['The person you', null],
    ]);
  });

  it('leaves the owner of something else whom he stands for (a guard: "Tony Blair\'s speech … He said:")', () => {
    expect(
      speakersOf(
        'Union leader Dave Prentis said the plans were "a disgrace". On Monday, Tony Blair\'s long speech set out the plans. He said: "What matters is that there is a process going on."',
      ),
    ).toEqual([
      ['a disgrace', 'Dave Prentis'],
      ['What matters is', 'Tony Blair'],
    ]);
  });
});

describe('a capitalised word before the title opening a name ("Home Secretary Charles Clarke")', () => {
  it('makes it another office than the same title with another word ("the foreign secretary" is not him)', () => {
    expect(
      speakersOf(
        'Jack Straw has attacked the ruling. The foreign secretary said the right to life was the "most important liberty". New Home Secretary Charles Clarke vowed the men would stay in prison.',
      ),
    ).toEqual([['most important liberty', 'Jack Straw']]);
  });

  it('still leaves the office that of its title word, so "the prime minister" is not the home secretary', () => {
    expect(officesConflict(['home-secretary'], ['minister'])).toBe(true);
    expect(officesConflict(['home-secretary'], ['secretary'])).toBe(false);
  });

  it('leaves a place before the title out of the office (a guard: "London Mayor Ken Livingstone" is the mayor)', () => {
    expect(
      speakersOf(
        'London Mayor Ken Livingstone spoke at City Hall on Monday. The mayor said the remark was "not racist".',
      ),
    ).toEqual([['not racist', 'Ken Livingstone']]);
  });
});

describe('a name ending in a plural title ("the Law Lords")', () => {
  it('names a group, which he or she never stands for, whatever word opens it', () => {
    expect(
      speakersOf(
        'Liberal Democrat leader Charles Kennedy gave a speech in London. The government was ignoring a recent Law Lords judgement that detention without trial breaks human rights, he said. "An overmighty state is a dangerous one," he said.',
      ),
    ).toEqual([['An overmighty state', 'Charles Kennedy']]);
  });
});

describe('a verb of saying in the passive with an adverb before it ("was also committed to")', () => {
  it('has a subject that did not speak', () => {
    expect(
      speakersOf(
        'Alan Johnson spoke at a conference on Monday. The government was also committed to "stamping out" age discrimination.',
      ),
    ).toEqual([['stamping out', null]]);
  });

  it('leaves the cue closing the sentence to say who did ("…, he told a conference on ageing")', () => {
    expect(
      speakersOf(
        'This was why the government was considering scrapping the retirement age entirely, Alan Johnson said. It was also committed to "stamping out" age discrimination and would outlaw it, he told a conference on ageing.',
      ),
    ).toEqual([['stamping out', 'Alan Johnson']]);
  });
});

describe('a title naming no one, set off before a name by commas ("The Bishop of Durham, the Rt Rev Dr Tom Wright,")', () => {
  it("is that person's title, so the bare title later stands for him", () => {
    expect(
      speakersOf(
        'The Bishop of Durham, the Rt Rev Dr Tom Wright, reviewed the novel. Despite enjoying Dan Brown\'s plot, the Bishop said: "Conspiracy theories are always fun to read."',
      ),
    ).toEqual([['Conspiracy theories are', 'Tom Wright']]);
  });
});

describe('a rank of the peerage ("Lord Butler")', () => {
  it('is no office, so a description of an office may stand for a peer ("the former cabinet secretary")', () => {
    expect(
      speakersOf(
        'Lord Butler said the government had too much freedom to "bring in bad Bills". The former cabinet secretary said in an interview: "I would be critical of the present government."',
      ),
    ).toEqual([
      ['bring in bad', 'Butler'],
      ['I would be', 'Butler'],
    ]);
    expect(officesConflict(['lord'], ['cabinet-secretary'])).toBe(false);
  });
});
