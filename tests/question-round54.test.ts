import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

const index = buildSearchIndex(loadSeedCorpus());
const weights = (question: string) =>
  new Map(index.search(question).queryTerms.map((term) => [term.surface, term.weight]));

// Round 54: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('a light verb in a question that names only people', () => {
  it('weighs as the least telling of them, so it does not outweigh what is named ("when is pompeo seeing putin")', () => {
    const weight = weights('when is pompeo seeing putin');
    expect(weight.get('seeing')).toBeLessThanOrEqual(Math.min(weight.get('pompeo') ?? 0, weight.get('putin') ?? 0));
  });

  it('so a passage on the people and the topic answers it outright ("did pompeo see hope for the syrian peace process")', async () => {
    const result = await service.ask('did pompeo see hope for the syrian peace process');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toMatch(/do not answer this in so many words/);
    expect(result.citations.map((citation) => citation.quote).join(' ')).toMatch(/Syria/);
  });

  it('but a verb that is not light keeps its own weight ("when is pompeo criticising putin")', () => {
    const weight = weights('when is pompeo criticising putin');
    expect(weight.get('criticising')).toBeGreaterThan(weight.get('pompeo') ?? Infinity);
  });
});
