import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { analyseQuery, type QueryVocabulary } from '../src/search/analyse-query.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

/** A vocabulary that holds no word: only WordNet and the question decide what is light. */
const EMPTY: QueryVocabulary = {
  hasTerm: () => false,
  words: new Set(),
  wordsStartingWith: () => [],
  typoCandidates: () => [],
  mostlyCapitalised: () => false,
};

function lightWords(question: string): string[] {
  return analyseQuery(question, EMPTY, installedWordNet(), new Set())
    .filter((word) => word.light)
    .map((word) => word.surface);
}

describe('a verb of very many senses weighs as what the question names, not as a rare word', () => {
  it('reads see, make and cover as light verbs, and wear or topple not', () => {
    expect(lightWords('who was pompeo due to see in moscow')).toEqual(['see']);
    expect(lightWords('what did quitting the inf make people worry about')).toEqual(['make']);
    expect(lightWords('what should new arms pacts cover in trumps view')).toEqual(['cover']);
    expect(lightWords('What did Lavrov wear at the meeting?')).toEqual([]);
    expect(lightWords('who tried to topple maduro')).toEqual([]);
  });

  it('does not read the verb of a phrasal verb as light ("came back": return, "going to")', () => {
    expect(lightWords('What did Trump say after Pompeo came back from Russia?')).toEqual([]);
    expect(lightWords('who was pompeo going to see on his first day')).toEqual(['see']);
  });

  it('answers a question whose verb is a light one from the sentence holding what it names', async () => {
    const result = await service.ask('what should new arms pacts cover in trumps view');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toMatch(
      /broader range of countries|modern reality/,
    );
  });
});

describe('a date answers for a name written as its adjective', () => {
  it('dates the coup in Venezuela from the sentence on the "Venezuelan" opposition leader', async () => {
    const result = await service.ask('when was the botched coup in venezuela');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('April 30 [1].')).toBe(true);
  });
});

describe("a name's adjective is the name in a passage's coverage", () => {
  it('answers whether Ukraine came up from the sentence on the "Ukrainian conflict"', async () => {
    const result = await service.ask('did putin and pompeo talk about the war in ukraine');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('No [1].')).toBe(true);
    expect(result.citations[0]?.quote).toContain('did not discuss the Ukrainian conflict');
  });
});
