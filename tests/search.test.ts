import { searchTerm } from '../src/search/search-terms.js';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../src/search/search-index.js';
import { deriveSearchAliases } from '../src/search/derive-search-aliases.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';

const corpus = loadSeedCorpus();
const index = buildSearchIndex(corpus);
const top = (query: string, count = 3) => index.search(query, count).passages.map((passage) => passage.text);

describe('search', () => {
  it('derives acronyms defined in parentheses or brackets', () => {
    const aliases = deriveSearchAliases(corpus).map(
      (alias) => `${alias.phrase.join(' ')} => ${alias.expansion.join(' ')}`,
    );
    expect(aliases).toEqual(
      expect.arrayContaining(['inf => intermediate-range nuclear forc', 'jcpoa => joint comprehens plan action']),
    );
    expect(aliases.some((alias) => alias.startsWith('new start =>'))).toBe(true);
  });

  it.each([
    ['the special counsel\u2019s probe', /Mueller/],
    ['what the Kremlin aide reported about missile defenses', /Ushakov/],
    ['the nuclear forces treaty the United States quit', /Intermediate-Range Nuclear Forces|INF/],
    ['Iran nuclear deal', /JCPOA|Iran/],
    ['arms control talks in the coming weeks', /arms control will continue/],
    ['Pompeo on the Idlib escalation', /escalation of the situation around Idlib/],
    ['What did Lavrov tell reporters about North Korea?', /North Korea/],
  ])('finds passages for the paraphrase %s', (query, expected) => {
    expect(top(query).some((text) => expected.test(text))).toBe(true);
  });

  it('ranks by BM25 over stemmed words', () => {
    const [first] = index.search('expires', 1).passages;
    expect(first?.text).toContain('expires in February 2021');
    const [stemmed] = index.search('expiring treaty', 1).passages;
    expect(stemmed?.text).toContain('expires');
  });

  it('reports question words the corpus never uses as unknown', () => {
    const { queryTerms } = index.search('What did Pompeo eat for dinner?');
    expect(queryTerms.filter((term) => !term.known).map((term) => term.term)).toEqual(['eat', 'dinner']);
  });

  it("counts the corpus's adjective of a country as the country, through WordNet (China: Chinese)", () => {
    const china = index
      .search('Did China play a role in the arms control talks?')
      .queryTerms.find((term) => term.surface === 'China');
    expect([...(china?.related ?? [])]).toContain(searchTerm('Chinese'));
  });

  it('returns passages whose text stands at their offsets', () => {
    for (const passage of index.search('arms control Russia United States', 8).passages) {
      expect(passage.document.text.slice(passage.sentence.start, passage.sentence.end)).toBe(passage.text);
    }
  });
});
