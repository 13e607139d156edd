import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 15: forms the spent BBC held-out split (now dev2) and the BBC development articles showed the corpus getting
// wrong. Each case is constructed, and each failed before its rule.
describe('attribution forms of round 15', () => {
  it('reads an initialism spelled out in parentheses as the body, not as a person', () => {
    expect(
      speakersOf(
        'The Northern Ferry Union (NFU) said on Monday it would strike. "We have no choice," the NFU said.',
        'Talks with the IRB (International Rugby Board) failed. "We tried," the IRB said.',
      ),
    ).toEqual([
      ['We have no', 'Northern Ferry Union'],
      ['We tried', 'International Rugby Board'],
    ]);
  });

  it('keeps an initialism nothing spells out as it is written', () => {
    expect(speakersOf('"We have no choice," the NFU said.')).toEqual([['We have no', 'NFU']]);
  });

  it('takes the name set off after the description or title of an inverted cue as the speaker', () => {
    expect(
      speakersOf(
        'Acme will close two routes. "The decision was hard," said Acme director of regional sales, Paul Gray.',
        '"Our aim is simple," said the committee chairman, MP Tom Hale.',
      ),
    ).toEqual([
      ['The decision was', 'Paul Gray'],
      ['Our aim is', 'Tom Hale'],
    ]);
  });

  it('credits no one of a list set off after an inverted cue', () => {
    expect(speakersOf('"Our aim is simple," said the committee chairman, Tom Hale and Mary Jones.')).toEqual([
      ['Our aim is', null],
    ]);
  });

  it('credits a reporting participle not set off by a comma to the subject of its clause', () => {
    expect(
      speakersOf(
        'SNP leader Alex Salmond said the plan had failed the "tartan test" as there was nothing for Scotland. Party leader Roger Knapman attacked the plans for pensioners saying they needed "more money and the dignity of choosing how to spend it".',
      ),
    ).toEqual([
      ['tartan test', 'Alex Salmond'],
      ['more money and', 'Roger Knapman'],
    ]);
  });

  it('credits a quotation with no cue to whom the sentence before it in its paragraph reports', () => {
    expect(
      speakersOf(
        'Mary Robinson warned that a lack of action could lead to further cases. "If the government does not accept this ruling, there is further redress." She said a meeting would probably discuss the ruling. "I have no doubt that this judgement will be looked at."',
      ),
    ).toEqual([
      ['If the government', 'Mary Robinson'],
      ['I have no', 'Mary Robinson'],
    ]);
  });

  it('credits a paragraph-opening quotation after narration holding a partial quotation', () => {
    expect(
      speakersOf(
        'The prime minister has failed, Michael Howard claimed, saying he has the "wrong solution" to the problems.',
        '"The result is big government and higher taxes."',
      ),
    ).toEqual([
      ['wrong solution', 'Michael Howard'],
      ['The result is', 'Michael Howard'],
    ]);
  });

  it('still credits no one after a quoted sentence in the paragraph before', () => {
    expect(speakersOf('"The talks were useful," Michael Howard said.', '"And what comes next?"')).toEqual([
      ['The talks were', 'Michael Howard'],
      ['And what comes', null],
    ]);
  });

  it('reads no one in the clause a pronoun reports as the pronoun, when the comma closing it is inside the marks', () => {
    expect(
      speakersOf(
        'Michael Howard has attacked the government. Mr Blair\'s government was a "bossy, interfering government," he added.',
      ),
    ).toEqual([['bossy, interfering government', 'Michael Howard']]);
  });

  it('still reads the person whose words a colon introduces as the pronoun after them', () => {
    expect(
      speakersOf(
        'David Axelrod mocked spokesman Brian Fallon online.',
        'Fallon was blunt: "As a guardian of the legacy," he wrote, "we know you are rooting for her."',
      ),
    ).toEqual([
      ['As a guardian', 'Brian Fallon'],
      ['we know you', 'Brian Fallon'],
    ]);
  });

  it('reads a body closed by the word person as someone unnamed, not the body', () => {
    expect(speakersOf('"He is not finished," whispered the Conservative Party person as I left.')).toEqual([
      ['He is not', null],
    ]);
  });

  it('reads it after a statement someone issued as that person', () => {
    expect(
      speakersOf(
        'The campaign hired Lynton Crosby. Mr Crosby\'s statement said: "We are making an impact." It added: "Our rivals want to distract attention."',
      ),
    ).toEqual([
      ['We are making', 'Crosby'],
      ['Our rivals want', 'Crosby'],
    ]);
  });

  it('credits a reporting gerund to the subject of its progressive, or of its own after "with"', () => {
    expect(
      speakersOf(
        'Charles Kennedy is going into the election pledged to raise taxes. Now he is promising to levy a "modest" increase on high earnings. There is a different tone on asylum, with Mr Kennedy stressing politicians should not "foment an artificial debate" about it.',
      ),
    ).toEqual([
      ['modest', 'Charles Kennedy'],
      ['foment an artificial', 'Charles Kennedy'],
    ]);
  });

  it('does not credit a reporting gerund to a name that is the object before it', () => {
    expect(
      speakersOf(
        'Donald Trump met Mary Quinn. Later he attacked Mary Quinn saying she was "a disaster" for the party.',
      ),
    ).toEqual([['a disaster', 'Donald Trump']]);
  });

  it('reads a reporting participle after a quotation as going on to other words, not as its cue', () => {
    expect(
      speakersOf(
        'Irene Khan said the movement would fail. Despite her concerns, Ms Khan dubbed herself a "hope-monger", saying she was confident the movement could win.',
      ),
    ).toEqual([['hope-monger', 'Irene Khan']]);
  });

  it('takes a full name whose forename the list lacks as a person when it is the subject of a reporting verb', () => {
    expect(speakersOf('Deputy leader Menzies Campbell said the comments were "well justified".')).toEqual([
      ['well justified', 'Menzies Campbell'],
    ]);
  });

  it('does not open a name with a word WordNet has for a kind of person', () => {
    expect(
      speakersOf('The paper said Australian Lynton Crosby told the leader to focus. Mr Crosby said: "I never did."'),
    ).toEqual([['I never did.', 'Lynton Crosby']]);
  });

  it('reads a description, then the person it describes set off by commas, then the verb as a closing cue', () => {
    expect(speakersOf('The hunt went out. "We are not going away," hunt master, Captain Ian Farquhar, said.')).toEqual([
      ['We are not', 'Ian Farquhar'],
    ]);
  });

  it('reads a hyphenated modifier of a description after an inverted verb as one word', () => {
    expect(speakersOf('"It has been a fantastic few weeks," said 20-year-old politics student Nick Vaughan.')).toEqual([
      ['It has been', 'Nick Vaughan'],
    ]);
  });

  it("gives the body of an unnamed speaker's description none of the words that go on from theirs", () => {
    expect(speakersOf('A UK Government official responded: "We pay more than France. "There can be no deal."')).toEqual(
      [
        ['We pay more', null],
        ['There can be', null],
      ],
    );
  });
});
