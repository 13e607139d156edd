import { describe, expect, it } from 'vitest';
import { buildCorpus, type SourceText } from '../src/corpus/build-corpus.js';
import { buildQuoteIndex } from '../src/quotes/quote-index.js';
import { verifyQuote } from '../src/quotes/verify-quote.js';

const MEETING = 'The council met today to discuss the budget.';

function article(id: string, quotation: string): SourceText {
  return {
    id,
    text: `Council news ${id}\n\n${MEETING}\n\n${MEETING}\n\n${MEETING}\n\n“${quotation},” the mayor said.\n`,
  };
}

describe('near matching on a large corpus', () => {
  // Candidates are picked by the claim's rarest words. 300 earlier articles hold two of them ("repairs",
  // "rejected"), as many as the source, which holds the rarest ("zeppelin") and a common one ("council"):
  // the source must be read whatever its place in the corpus.
  const fillers = Array.from({ length: 300 }, (_, index) =>
    article(`a_${String(index).padStart(3, '0')}.txt`, `Harbour repairs were rejected in week ${index}`),
  );
  const source = article('z_source.txt', 'The zeppelin plan for the council budget was approved today');
  const index = buildQuoteIndex(buildCorpus([...fillers, source]));

  it('finds the source of an altered claim placed after every other article', () => {
    const result = verifyQuote(index, { quote: 'The zeppelin repairs for the council budget were rejected today' });
    expect(result.verdict).toBe('altered');
    expect(result.match?.source).toBe('z_source.txt');
    expect(result.differences).toContainEqual(
      expect.objectContaining({
        corpus: expect.stringContaining('approved'),
        claim: expect.stringContaining('rejected'),
      }),
    );
  });
});
