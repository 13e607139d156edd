import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotation-speakers.js';

// Round 10: a wrong speaker is worse than none, so where the structure of the evidence says the cue's subject is
// not who spoke, the quotation gets no speaker. Each case names someone the old rules would have credited.
describe('attribution abstains where the evidence does not reach the speaker', () => {
  it('takes no object of another verb for the subject of a cue', () => {
    expect(
      speakersOf(
        'Professor Harold Bliss wrote a report on the college.',
        'Those who framed the report should refer to “the people who actually run the college” in the end.',
      ),
    ).toEqual([['the people who', null]]);
  });

  it('gives a verb joined to a relative clause no subject from the start of its sentence', () => {
    expect(
      speakersOf(
        'Mayor Thomas Pike told a story about a reporter who praised him in Boston and then wrote in the paper:',
        '“The mayor has arrived in Boston at last”.',
      ),
    ).toEqual([['The mayor has', null]]);
  });

  it('reads no cue in a clause that another verb opens after the quotation', () => {
    expect(
      speakersOf(
        'Frank Hollis played the trumpet all night.',
        'The new album is out. “Good nights in Paris”, made up of tracks he recorded there, sold well.',
      ),
    ).toEqual([['Good nights in', null]]);
  });

  it('takes one capitalised word quoted inside narration for a name or title, not speech', () => {
    expect(
      speakersOf(
        'Walter Greene telephoned Mary Doyle, his first “Juliet”, and talked for an hour.',
        '“Yes”, said Greene.',
      ),
    ).toEqual([
      ['Juliet', null],
      ['Yes', 'Walter Greene'],
    ]);
  });
});
