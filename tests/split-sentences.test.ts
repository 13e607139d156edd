import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/corpus/split-sentences.js';

const sentencesOf = (text: string): string[] =>
  splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('keeps abbreviations inside their sentence', () => {
    expect(sentencesOf('Mr. Smith met Gen. Milley. They talked.')).toEqual([
      'Mr. Smith met Gen. Milley.',
      'They talked.',
    ]);
  });

  it('keeps any title abbreviation inside its sentence ("Sec.", "Supt.", "Cmdr."), but ends one after a word', () => {
    expect(sentencesOf('They praised Sec. Shulkin and Supt. Ames. Cmdr. Lee came. He left.')).toEqual([
      'They praised Sec. Shulkin and Supt. Ames.',
      'Cmdr. Lee came.',
      'He left.',
    ]);
  });

  it('ends a sentence before one that opens with a number, quoted or not', () => {
    expect(
      sentencesOf('Revenue rose, it said. "2004 has proven good," he said. It rose 3.5% in 2004. 50 people came.'),
    ).toEqual([
      'Revenue rose, it said.',
      '"2004 has proven good," he said.',
      'It rose 3.5% in 2004.',
      '50 people came.',
    ]);
  });

  it('does not end one after an abbreviation before a number', () => {
    expect(sentencesOf('He went to No. 10 yesterday.')).toEqual(['He went to No. 10 yesterday.']);
  });
});
