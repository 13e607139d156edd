import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 35: forms the spent BBC held-out splits of round 34 (now dev26 and dev27) showed the corpus getting wrong.
// Each case is constructed, and each failed before its rule, except the guard against a rule's first draft.
describe('attribution forms of round 35', () => {
  it('takes a venue named with a place word for no person, so a later "he" keeps the speaker', () => {
    expect(
      speakersOf(
        'Tom Reed spoke to the party in Leeds. To a packed audience at Leeds\'s Sage Centre, the minister said the cuts were deep. Laying into the Tories he said: "We will win this time."',
      ),
    ).toEqual([['We will win', 'Tom Reed']]);
  });

  it('takes a club named with a place word for a body, which no "he" takes up', () => {
    expect(
      speakersOf(
        "Arsenal's Edu has lifted the lid on the scenes that followed Leeds United's win. The Brazilian was angry. But Edu was critical of some of United's challenges. \"I think we were fairer,\" he said.",
      ),
    ).toEqual([['I think we', null]]);
  });

  it('still finds a person whose surname alone is a place (a guard: a first draft lost "Davenport")', () => {
    expect(speakersOf('Lindsay Davenport will play on. "I feel strong," said Davenport.')).toEqual([
      ['I feel strong', 'Lindsay Davenport'],
    ]);
  });

  it('credits nobody for a spokesman for a body its place owns', () => {
    expect(speakersOf('Shops did well. A spokesman for London\'s Royal Hotel said it was "the best day yet".')).toEqual(
      [['the best day', null]],
    );
  });

  it('turns the story to a subject "but" sets against the last speaker', () => {
    expect(
      speakersOf(
        'Tom Reed said he had had "enough" of asking for change, but the league\'s John Ward rejected his comments. "We did ask for it," he said.',
      ),
    ).toEqual([
      ['enough', 'Tom Reed'],
      ['We did ask', 'John Ward'],
    ]);
  });

  it('reads a title word after a courtesy title as the surname', () => {
    expect(
      speakersOf(
        'Labour MP Ann King will fight the seat. Her rival Jane Hall called her a stooge. Ms King has held it since 1997. She said: "I am delighted to stand again."',
      ),
    ).toEqual([['I am delighted', 'Ann King']]);
  });

  it('opens a new name at a courtesy title after words that are no title', () => {
    expect(
      speakersOf(
        'Michael Ancram said: "Look at what Jack Straw said about him." In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: "He is clever but not wise."',
      ),
    ).toEqual([
      ['Look at what', 'Michael Ancram'],
      ['He is clever', 'Straw'],
    ]);
  });

  it('takes up, with he or she, the person an inverted cue closing the last sentence names', () => {
    expect(
      speakersOf(
        'Tom Reed made the film. "It is about war," Reed said. Reed\'s film may have suffered from its category, says Jim Hale, the editor of a trade magazine. But he also believes the film is too political. "The voters are conservative," he said.',
      ),
    ).toEqual([
      ['It is about', 'Tom Reed'],
      ['The voters are', 'Jim Hale'],
    ]);
  });

  it('gives a document its issuer when a name modifies its head ("a World Bank report")', () => {
    expect(
      speakersOf(
        'The gap is closing fast, according to a Trade Bank report. "Poor countries are catching up," the report said.',
      ),
    ).toEqual([['Poor countries are', 'Trade Bank']]);
  });

  it('credits a person set off after a role that names its body before it and its post after it', () => {
    expect(
      speakersOf(
        'Iran wants to join the WTO. European Union ambassador to the WTO, Carlo Trojan, said Iran\'s application "must be treated on its merits".',
      ),
    ).toEqual([['must be treated', 'Carlo Trojan']]);
  });
});
