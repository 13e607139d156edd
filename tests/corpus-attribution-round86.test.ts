import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 86: forms the development splits (AllSides dev to dev42, Reuters dev to dev32, BBC, PolNeAR train, Brown)
// showed the corpus getting wrong. Each case is constructed, and each failed before its rule.
describe('a courtesy title before the first word of one longer name', () => {
  it('names the person whose family name is written first ("Xu Jinguo …. Mr. Xu said")', () => {
    expect(
      speakersOf(
        'Xu Jinguo, who advises the Chinese government, gave an interview to a science magazine.',
        '“The virus looks like viruses isolated from bats,” Mr. Xu said in January.',
      ),
    ).toEqual([['The virus looks', 'Xu Jinguo']]);
  });

  it('but not a firm whose name goes on in English words ("Mittal Steel … Mr Mittal said")', () => {
    expect(
      speakersOf('Shares in Mittal Steel rose on Monday.', '“We are investing in modernisation,” Mr Mittal said.'),
    ).toEqual([['We are investing', 'Mittal']]);
  });
});

describe('a body named for a conference of its members', () => {
  it('speaks as that body ("The Conference of State Bank Supervisors warned")', () => {
    expect(
      speakersOf(
        'Mortgage companies face new rules.',
        'The Conference of State Bank Supervisors warned that the rules “could threaten the ability of a mortgage servicer” to keep going.',
      ),
    ).toEqual([['could threaten the', 'Conference of State Bank Supervisors']]);
  });
});

describe('a family name the document writes first, before a hyphenated given name', () => {
  it('is the family name of every name it opens ("Kim Jong Un … Kim Eui-kyeom …. Kim said")', () => {
    expect(
      speakersOf(
        'North Korean leader Kim Jong Un plans to invite experts.',
        '“We will see,” Blue House spokesman Kim Eui-kyeom told a briefing.',
        '“There is no reason for us to possess nuclear weapons,” Kim said.',
      ),
    ).toEqual([
      ['We will see', 'Kim Eui-kyeom'],
      ['There is no', 'Kim Jong Un'],
    ]);
  });
});

describe('members named in the plural after the one body named for them', () => {
  it('are that body ("the United States Conference of Catholic Bishops …. the bishops noted")', () => {
    expect(
      speakersOf(
        'The United States Conference of Catholic Bishops criticised the rules.',
        '“Additionally, the regulations advance a false ideology,” the bishops noted.',
      ),
    ).toEqual([['Additionally, the regulations', 'United States Conference of Catholic Bishops']]);
  });

  it('but not when two bodies of other initials are named for them', () => {
    expect(
      speakersOf(
        'The Conference of Catholic Bishops and the Council of Orthodox Bishops met on Monday.',
        '“We disagree with the rules,” the bishops said.',
      ),
    ).toEqual([['We disagree with', null]]);
  });
});

describe('a name straight after "in"', () => {
  it('is a place named after someone, not a person "he" may stand for ("the new stadium in Stanley Park")', () => {
    expect(
      speakersOf(
        'Liverpool chief executive Rick Parry spoke on Monday.',
        'Funding for the new stadium in Stanley Park is nearly complete.',
        'He said: “I have to say it is something I have been against.”',
      ),
    ).toEqual([['I have to', 'Rick Parry']]);
  });

  it('unless it is a possessor ("trust in Stanley Park’s judgement")', () => {
    expect(
      speakersOf(
        'Liverpool chief executive Rick Parry spoke on Monday.',
        'Fans put their trust in Stanley Park’s judgement.',
        'He said: “I have to say it is something I have been against.”',
      ),
    ).toEqual([['I have to', 'Stanley Park']]);
  });
});
