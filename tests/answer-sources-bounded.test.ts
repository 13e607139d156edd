import { describe, expect, it } from 'vitest';
import { answerAboutSources } from '../src/answer/answer-about-sources.js';
import { checkGrounding } from '../src/answer/ground-citations.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { buildSearchIndex } from '../src/search/search-index.js';

const FIRST = ['Bar', 'Cor', 'Dun', 'Fel', 'Gar', 'Hol', 'Mar'];
const LAST = ['ton', 'ley', 'wick', 'son', 'ford', 'ham', 'by'];
const SURNAMES = FIRST.flatMap((first) => LAST.map((last) => `${first}${last}`));

// 49 articles, each quoting its own councillor: more than an answer about the sources lists.
const corpus = buildCorpus(
  SURNAMES.map((surname, index) => ({
    id: `article_${String(index).padStart(2, '0')}.txt`,
    text: `Council votes on budget number ${index}\n\nThe city council met on Tuesday to vote on the budget. "We will keep the library open," said Councillor John ${surname}. The vote passed.\n`,
  })),
);
const search = buildSearchIndex(corpus);

function ask(question: string) {
  const result = answerAboutSources(question, corpus, search.search(question), 'offline');
  if (result?.status !== 'answered') throw new Error(`not answered: ${question}`);
  return result;
}

describe('answers about the sources stay bounded at any corpus size', () => {
  it('lists twenty articles, counts the rest, and every citation is grounded', () => {
    const result = ask('Which articles do you have?');
    expect(result.citations).toHaveLength(20);
    expect(result.answer).toMatch(/^49 articles:/);
    expect(result.answer).toContain('\u2026and 29 more');
    expect(checkGrounding(result, corpus)).toEqual([]);
  });

  it('names thirty speakers and counts the others', () => {
    const result = ask('Who is quoted in the articles?');
    expect(result.answer).toContain('The articles quote 49 speakers');
    expect(result.answer).toContain('and 19 others.');
    expect(result.answer).not.toContain(`John ${SURNAMES.at(-1)}`);
    expect(checkGrounding(result, corpus)).toEqual([]);
  });
});
