import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { functionWords } from '../src/search/predicate-words.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function quotes(citations: readonly { quote: string }[]): string {
  return citations.map((citation) => citation.quote).join('\n');
}

describe('"going to" and "due to" before a verb', () => {
  it('say when, and name nothing the articles must hold', () => {
    const question = 'was pompeo going to see putin';
    expect(functionWords(question).has(question.indexOf('going'))).toBe(true);
    const due = 'when was pompeo due to arrive';
    expect(functionWords(due).has(due.indexOf('due'))).toBe(true);
  });

  it('are a verb of their own before a place', () => {
    const question = 'is pompeo going to sochi';
    expect(functionWords(question).has(question.indexOf('going'))).toBe(false);
  });

  it('do not sink a where-question the articles answer in other words', async () => {
    const result = await service.ask('where is putin going to meet trump');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('G20 summit in Japan');
  });

  it('do not sink a when-question the articles answer in other words', async () => {
    const result = await service.ask('what day was pompeo due to arrive in moscow');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('On May 13');
  });
});

describe('a when-question about a person named by name', () => {
  it('is not dated by a sentence about someone else', async () => {
    const result = await service.ask('when is trump going to visit russia');
    expect(result.status).toBe('declined');
  });
});

describe('a question about when an article came out, or its title', () => {
  it('asks for the date with "what day ... come out"', async () => {
    const result = await service.ask('what day did the rt preview come out');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('2019-05-10');
  });

  it('asks for the title with "titled"', async () => {
    const result = await service.ask('what was the urdupoint review titled');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('Pompeo Leaves Sochi With US-Russian Arms Control Plan');
  });
});

describe('a noun the articles never use, with no synonym or neighbour there', () => {
  it('is there where they use a synonym of the verb it derives from', async () => {
    const result = await service.ask('which site reported on the trip to russia');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('RT published');
  });

  it('still names something else when no derivation of it is there', async () => {
    const result = await service.ask('which site covered the heatwave');
    expect(result.status).toBe('declined');
  });
});

describe('a who-question whose verb is a light one the articles never use', () => {
  it('is answered where a passage uses a synonym of one of its senses', async () => {
    const result = await service.ask('who was pompeo due to see on may 13');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('meet with the US business leaders');
  });
});
