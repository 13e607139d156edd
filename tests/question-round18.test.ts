import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { analyseQuery, type QueryVocabulary } from '../src/search/analyse-query.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

/** A vocabulary holding every term but the question's verb: only WordNet decides what its broader acts are. */
function lacking(verbTerm: string): QueryVocabulary {
  return {
    hasTerm: (term) => term !== verbTerm,
    words: new Set(),
    wordsStartingWith: () => [],
    typoCandidates: () => [],
    mostlyCapitalised: () => false,
  };
}

function broaderActs(question: string, verbTerm: string): string[] {
  const words = analyseQuery(question, lacking(verbTerm), installedWordNet(), new Set());
  return [...(words.find((word) => word.term === verbTerm)?.broaderActs ?? [])];
}

describe('a verb the articles put more generally', () => {
  it('is read as its broader acts and their derivations, without light verbs', () => {
    expect(broaderActs('when will the talks resume', 'resum')).toContain('continu');
    const landing = broaderActs('when did pompeo land in moscow', 'land');
    expect(landing).toContain('arriv');
    expect(landing).not.toContain('get');
    expect(landing).not.toContain('come');
  });

  it('answers from a sentence that holds the rest of the question with the broader act', async () => {
    const result = await service.ask('When will the arms control talks resume?');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('in the coming weeks')).toBe(true);
    expect(result.citations[0]?.quote).toContain('will continue in the coming weeks');
  });

  it('does not count the broader act in a sentence that lacks a common thing the question names', async () => {
    // "present" read as a verb, whose broader acts (state, say, tell) every reported sentence naming both men holds.
    const result = await service.ask('what present did pompeo give putin');
    expect(result.status).toBe('declined');
  });
});

describe('two people an open question names by name', () => {
  it('are part of what it names, so a sentence holding them and the rest answers it', async () => {
    const event = await service.ask('what event did pompeo and lavrov both go to earlier that week');
    expect(event.status).toBe('answered');
    expect(event.citations[0]?.quote).toContain('at the Arctic summit');
    const good = await service.ask('in lavrovs opinion what good might come of muellers findings being published');
    expect(good.status).toBe('answered');
    expect(good.citations[0]?.quote).toContain('re-establishing communication');
  });

  it('are not the one thing that must be there in the question’s own words', async () => {
    // Putin's words on Mueller's probe name both men and "interference", not Mueller concluding on obstruction.
    const result = await service.ask('what did mueller conclude about trump obstructing justice');
    expect(result.status).toBe('declined');
  });

  // One person is not enough: "What did Lavrov wear at the meeting?" (tests/question-words-round4.test.ts).
});
