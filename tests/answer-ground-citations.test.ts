import { describe, expect, it } from 'vitest';
import type { AskResult, Citation } from '../src/answer/ask-result.js';
import { checkGrounding } from '../src/answer/ground-citations.js';
import { citationAt } from '../src/answer/select-citations.js';
import { loadSeedCorpus, SPUTNIK } from './helpers/seed-corpus.js';

const corpus = loadSeedCorpus();
const sputnik = corpus.documents.find((document) => document.id === SPUTNIK);
if (!sputnik) throw new Error(`seed ${SPUTNIK} is missing`);
const quotation = sputnik.quotations[0];
if (!quotation) throw new Error(`seed ${SPUTNIK} has no quotation`);
const genuine = citationAt(sputnik, quotation.start, quotation.end, quotation.speaker, 1);

function answeredWith(citation: Citation): AskResult {
  return {
    status: 'answered',
    answer: `\u201C${citation.quote}\u201D [1]`,
    citations: [citation],
    engine: 'offline',
    corpusVersion: corpus.version,
  };
}

describe('the grounding gate checks each citation against the document it names', () => {
  it('passes a citation built from the corpus', () => {
    expect(checkGrounding(answeredWith(genuine), corpus)).toEqual([]);
  });

  it.each([
    ['title', { title: 'A headline the article never had' }],
    ['outlet', { outlet: 'Another outlet' }],
    ['date', { date: '1999-01-01' }],
    ['offsets', { start: genuine.start + 1 }],
  ])('refuses a citation whose %s is not the document\u2019s', (_field, change) => {
    const rejected = checkGrounding(answeredWith({ ...genuine, ...change }), corpus);
    expect(rejected).toHaveLength(1);
  });
});

describe('the grounding gate refuses quoted text that is not a citation', () => {
  const withAnswer = (answer: string): AskResult => ({ ...answeredWith(genuine), answer });
  const cited = `\u201C${genuine.quote}\u201D [1]`;

  it('passes a cited quote given twice', () => {
    expect(checkGrounding(withAnswer(`${cited} and again ${cited}`), corpus)).toEqual([]);
  });

  it.each([
    ['beside a cited quote', `${cited} and \u201Cwords nobody wrote\u201D`],
    ['nested in another quotation', `\u201CHe said ${cited} and more\u201D`],
    ['left open', `${cited} and \u201Cwords nobody wrote`],
    ['as a closing mark alone', `${cited} and words\u201D nobody wrote`],
    ['in straight quotation marks', `${cited} and "words nobody wrote"`],
  ])('refuses quoted text %s', (_case, answer) => {
    const rejected = checkGrounding(withAnswer(answer), corpus);
    expect(rejected.map((rejection) => rejection.reason)).toEqual(['quoted text that is not a citation']);
  });
});
