import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { documentAliases } from '../src/search/derive-search-aliases.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 62: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('an acronym’s long form written with its hyphened words apart', () => {
  it('is an alias of the acronym, as the hyphened form is', () => {
    const corpus = buildCorpus([
      {
        id: 'a.txt',
        text: 'A test article\n\nThe 1987 Intermediate-Range Nuclear Forces Treaty (INF) banned the missiles.',
      },
    ]);
    const aliases = documentAliases(corpus.documents[0] as (typeof corpus.documents)[number]);
    expect(aliases).toContainEqual({ phrase: ['intermedi', 'rang', 'nuclear', 'forc', 'treati'], expansion: ['inf'] });
  });

  it('so a question naming the treaty in full meets a sentence naming it by its acronym', async () => {
    const result = await service.ask(
      'which month did the us pull out of the intermediate-range nuclear forces treaty, per rt',
    );
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('February')).toBe(true);
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain(
      'The US pulled out of the INF arms control treaty with Russia in February.',
    );
  });
});
