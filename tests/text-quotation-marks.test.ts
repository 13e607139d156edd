import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import { checkGrounding } from '../src/answer/ground-citations.js';
import { sanitizeProse } from '../src/llm/sanitize-prose.js';
import {
  DOUBLE_QUOTATION_MARKS,
  firstQuotationMark,
  quotedPassages,
  SINGLE_QUOTATION_MARKS,
} from '../src/text/quotation-marks.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';

const corpus = loadSeedCorpus();
const ALL_MARKS = [...DOUBLE_QUOTATION_MARKS, ...SINGLE_QUOTATION_MARKS];

function answered(answer: string): AskResult {
  return { status: 'answered', answer, citations: [], engine: 'offline', corpusVersion: corpus.version };
}

function strayRejections(answer: string) {
  return checkGrounding(answered(answer), corpus).filter(
    (rejected) => rejected.reason === 'quoted text that is not a citation',
  );
}

describe('one definition of quotation marks: the sanitiser and the grounding gate agree', () => {
  it.each(ALL_MARKS)('the gate refuses prose quoting with %s, which the sanitiser removes', (mark) => {
    const prose = `Lavrov spoke of ${mark}strategic stability${mark} in Sochi.`;
    expect(strayRejections(prose)).toHaveLength(1);
    const sanitized = sanitizeProse(prose);
    expect(sanitized.hadQuotationMarks).toBe(true);
    expect(sanitized.text).toBe('Lavrov spoke of strategic stability in Sochi.');
    expect(strayRejections(sanitized.text)).toEqual([]);
  });

  it('whatever the model writes, sanitised prose passes the gate', () => {
    const characters = fc.constantFrom(...ALL_MARKS, 'a', 'b', 's', ' ', '.', ',', '(', '-', '\u2014');
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 40 }), (picked) => {
        const sanitized = sanitizeProse(picked.join(''));
        expect(firstQuotationMark(sanitized.text)).toBe(-1);
        expect(strayRejections(sanitized.text)).toEqual([]);
      }),
    );
  });

  it('keeps apostrophes inside words, for the gate and the sanitiser alike', () => {
    const prose = "Russia's minister didn't agree.";
    expect(firstQuotationMark(prose)).toBe(-1);
    expect(sanitizeProse(prose).text).toBe(prose);
  });

  it('pairs opening and closing marks of every kind', () => {
    const text = 'He said \u201Cone two\u201D, \u00ABthree four\u00BB and \u201Efive six\u201C, then "seven eight".';
    expect(quotedPassages(text).map((passage) => passage.inner)).toEqual([
      'one two',
      'three four',
      'five six',
      'seven eight',
    ]);
  });
});
