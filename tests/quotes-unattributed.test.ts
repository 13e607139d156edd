import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';

const corpus = buildCorpus([
  {
    id: 'labor.txt',
    text: [
      'Labor talks resume',
      'Secretary of Labor James P. Mitchell met the union leaders on Monday.',
      '“We expect a settlement before the end of the month”, Mitchell said.',
      'A sign on the door read “no settlement without a fair wage for every worker”.',
    ].join('\n\n'),
  },
]);
const index = buildQuoteIndex(corpus);

describe('verdicts on who said it', () => {
  it('credits a name with a middle initial, by surname and by full name', () => {
    expect(
      verifyQuote(index, { quote: 'We expect a settlement before the end of the month', speaker: 'Mitchell' }),
    ).toMatchObject({ verdict: 'verified', speaker: 'James P. Mitchell' });
    expect(
      verifyQuote(index, { quote: 'We expect a settlement before the end of the month', speaker: 'James P. Mitchell' }),
    ).toMatchObject({ verdict: 'verified' });
  });

  it('says unattributed, not verified, when the article gives no speaker for the quotation', () => {
    const result = verifyQuote(index, {
      quote: 'no settlement without a fair wage for every worker',
      speaker: 'James P. Mitchell',
    });
    expect(result).toMatchObject({ verdict: 'unattributed', speaker: null, claimedSpeaker: 'James P. Mitchell' });
    expect(result.explanation).toContain('does not say who said them');
    expect(
      verifyQuote(index, { quote: 'no settlement without a fair wage for every worker', speaker: 'Someone Else' }),
    ).toMatchObject({ verdict: 'unattributed' });
    expect(verifyQuote(index, { quote: 'no settlement without a fair wage for every worker' })).toMatchObject({
      verdict: 'verified',
      speaker: null,
    });
  });

  it('names who the corpus credits when the claimed speaker is someone else', () => {
    const result = verifyQuote(index, {
      quote: 'We expect a settlement before the end of the month',
      speaker: 'the union leaders',
    });
    expect(result).toMatchObject({ verdict: 'misattributed', speaker: 'James P. Mitchell' });
    expect(result.explanation).not.toContain('never mentions');
  });
});
