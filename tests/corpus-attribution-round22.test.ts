import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 22: forms the spent BBC held-out split of round 21 (now dev10) showed the corpus getting wrong. Each case is
// constructed, and each failed before its rule.
describe('attribution forms of round 22', () => {
  it('opens a new quotation after a colon when the closing mark before it was lost, without the narration', () => {
    const text =
      'Mr Okafor, who was held for a year, said: "I lost a year of my life. He added: "They wanted to break me but they made me stronger." Mr Okafor was freed in January.';
    expect(speakersOf(text)).toEqual([
      ['I lost a', 'Okafor'],
      ['They wanted to', 'Okafor'],
    ]);
    const corpus = buildCorpus([{ id: 'article.txt', text: `A test article\n\n${text}` }]);
    expect(corpus.documents[0]?.quotations.map((quotation) => quotation.text)).toEqual([
      'I lost a year of my life.',
      'They wanted to break me but they made me stronger.',
    ]);
  });

  it('reads a titled name after "with" as the subject of the reporting gerund', () => {
    expect(
      speakersOf(
        'The striker missed the match, with United manager Paul Rendell claiming it had been a "difficult week" for him.',
      ),
    ).toEqual([['difficult week', 'Paul Rendell']]);
  });

  it('reads no time word into the name a title opens after it, and no participle of a fronted phrase as the cue', () => {
    expect(
      speakersOf('In a statement issued on Friday Lord Hale said: "I have no doubt the guidelines are better."'),
    ).toEqual([['I have no', 'Hale']]);
  });

  it('takes a name that modifies a noun for no one he/she stands for', () => {
    expect(
      speakersOf(
        'Manager Tom Kerr felt his side were never in danger. An early goal followed by a Sam Poole header won the tie. "It gave us a great advantage," he said.',
      ),
    ).toEqual([['It gave us', 'Tom Kerr']]);
  });

  it('reads a titled name before a colon as a label for the words after it', () => {
    expect(
      speakersOf(
        'The show moves to Sundays. BBC Two controller Roly Keating: "It is an exciting new era for the show." Mr Keating called it the "natural home" of pop.',
      ),
    ).toEqual([
      ['It is an', 'Roly Keating'],
      ['natural home', 'Roly Keating'],
    ]);
  });

  it('reads a person set off after a role of a named body as the subject', () => {
    expect(
      speakersOf(
        'But director of the Victims of Crime Trust, Norman Brennan, accused Lord Hale of an "arrogant contempt for victims".',
      ),
    ).toEqual([['arrogant contempt for', 'Norman Brennan']]);
  });

  it('reads British spellings of reporting verbs', () => {
    expect(speakersOf('Labour backbencher Tom Ellis labelled the schemes "a pile of pants".')).toEqual([
      ['a pile of', 'Tom Ellis'],
    ]);
  });

  it('takes a name made a modifier by a lower-case suffix for words of speech, not a title', () => {
    expect(speakersOf('Ann Hale said there would be no "Las Vegas-style" casinos.')).toEqual([
      ['Las Vegas-style', 'Ann Hale'],
    ]);
  });

  it('finds the person set off after a title with its own list of names', () => {
    expect(
      speakersOf(
        'The Secretary of State for Culture, Media and Sport, Ann Hale, has hit out at critics of the bill. She told the newspaper the critics were "wrong".',
      ),
    ).toEqual([['wrong', 'Ann Hale']]);
  });

  it('takes the gender of a name from "who says she"', () => {
    expect(
      speakersOf(
        'Claims against Marion Lane have been opened. Lane, who says she is innocent, could lose her medals, but official Peter Hart said the rules "may not apply". In a statement, Lane repeated her innocence. "The allegations are not true," she said.',
      ),
    ).toEqual([
      ['may not apply', 'Peter Hart'],
      ['The allegations are', 'Marion Lane'],
    ]);
  });

  it('reads the words of a title before a forename inside a longer run as title', () => {
    expect(
      speakersOf(
        'The group, including Labour\'s Robin Cook and Liberal Democrat Paul Tyler, is confident. And Mr Tyler said the view was "flawed".',
      ),
    ).toEqual([['flawed', 'Paul Tyler']]);
  });

  it('names a body with the "of" phrase after its head', () => {
    expect(
      speakersOf(
        'The National Association of Probation Officers said the move would be "political suicide". Later the Bank of England said it was "concerned".',
      ),
    ).toEqual([
      ['political suicide', 'National Association of Probation Officers'],
      ['concerned', 'Bank of England'],
    ]);
  });
});
