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

  // A claim of common words only: 300 earlier articles hold both its content words ("know", "time"), as the source
  // does, so they tie on them; the source is the one holding the rest of the claim's words.
  it('finds the source of an altered claim made only of common words', () => {
    const common = Array.from({ length: 300 }, (_, index) =>
      article(`c_${String(index).padStart(3, '0')}.txt`, `We know the time of week ${index}`),
    );
    const late = article('z_late.txt', "Don't you know all about me by this time");
    const corpus = buildQuoteIndex(buildCorpus([...common, late]));
    const result = verifyQuote(corpus, { quote: "Don't you know all never me by this time" });
    expect(result.verdict).toBe('altered');
    expect(result.match?.source).toBe('z_late.txt');
  });
});
