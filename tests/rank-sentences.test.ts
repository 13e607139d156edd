import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { AverageLengths, rankSentences, type RankingOptions } from '../src/search/rank-sentences.js';

// Words with near spellings and shared beginnings, so that prefix and fuzzy matches and equal scores all occur.
const WORDS = `elect elector election select selected juri jury grand grant brand game name same came york work
  governor govern budget budgetari smith smyth new news russia russian venezuela venezuelan church marriag`.split(
  /\s+/,
);

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const next = sequence(7);
const pick = (count: number) => Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]);
const rows = Array.from({ length: 600 }, (_, index) => ({
  id: `doc_${Math.floor(index / 10)}.txt:${index % 10}`,
  text: pick(1 + Math.floor(next() * 12)).join(' '),
  speakers: next() < 0.3 ? pick(2).join(' ') : '',
}));
const miniSearch = new MiniSearch<(typeof rows)[number]>({
  fields: ['text', 'speakers'],
  tokenize: (terms) => terms.split(' '),
  processTerm: (term) => term,
});
miniSearch.addAll(rows);

const options: RankingOptions = {
  boost: { text: 2, speakers: 1 },
  prefix: (term) => term.length > 5,
  fuzzy: (term) => (term.length >= 7 || !['game', 'york', 'new'].includes(term) ? 0.15 : false),
  boostTerm: (term) => (term === 'smith' ? 0.6 : 1),
};

describe('rankSentences', () => {
  it('ranks as MiniSearch does: the same best sentences, scores and order, ties included', () => {
    const queries = [
      ['grand', 'juri', 'elect'],
      ['governor', 'budget', 'new', 'york', 'smith'],
      ['game'],
      ['russian', 'venezuela', 'russian'],
      ['church', 'marriag', 'selected'],
      ['borscht'],
      ['elect', 'elect', 'grant', 'smyth', 'news'],
    ];
    for (const terms of queries) {
      for (const count of [1, 5, 32, 1000]) {
        const expected = miniSearch
          .search(terms.join(' '), { combineWith: 'OR', ...options })
          .slice(0, count)
          .map(({ id, score }) => ({ id, score }));
        expect(rankSentences(miniSearch, terms, options, count)).toEqual(expected);
      }
    }
  });

  it('finds nothing for words no sentence holds', () => {
    expect(rankSentences(miniSearch, ['zzzzzzzzzz'], options, 8)).toEqual([]);
  });
});

describe('AverageLengths', () => {
  const documents = Array.from({ length: 60 }, (_, index) => `doc_${index}.txt:`);
  const sentences = Array.from({ length: 10 }, (_, index) => index);
  const averagesOf = (add: (lengths: AverageLengths<(typeof rows)[number]>, document: string) => void) => {
    const lengths = new AverageLengths(miniSearch, new Map());
    for (const document of documents) add(lengths, document);
    return lengths.averages;
  };
  const byId = averagesOf((lengths, document) => lengths.add(sentences.map((index) => `${document}${index}`)));

  it('reads a run of stored sentences by number as it reads them by id, to the last bit', () => {
    expect(averagesOf((lengths, document) => lengths.addRun(document, sentences))).toEqual(byId);
  });

  it('reads them by id when the stored numbers do not follow the sentences', () => {
    // Out of order, a run's numbers would read another sentence's lengths: their order changes the averages' bits.
    const reversed = [...sentences].reverse();
    const expected = averagesOf((lengths, document) => lengths.add(reversed.map((index) => `${document}${index}`)));
    expect(averagesOf((lengths, document) => lengths.addRun(document, reversed))).toEqual(expected);
    expect(() => averagesOf((lengths) => lengths.addRun('doc_99.txt:', sentences))).toThrow('does not hold');
  });
});
