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
const surfaces = (question: string) => index.search(question).queryTerms.map((term) => term.surface);

// Round 55: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('"concerning" and "regarding" used as prepositions', () => {
  it('ask about what follows, and name no topic themselves ("anything from lavrov concerning idlib")', () => {
    expect(surfaces('anything from lavrov concerning idlib')).not.toContain('concerning');
    expect(surfaces('anything from lavrov regarding idlib')).not.toContain('regarding');
  });

  it('but a concern or worry the question asks about is a topic ("was the secretary concerned about idlib")', () => {
    expect(surfaces('was the secretary concerned about idlib')).toContain('concerned');
    expect(surfaces('was the secretary worried about idlib')).toContain('worried');
  });

  it('so the sentence that voices the concern answers ("what had the secretary been worried about in syria")', async () => {
    const result = await service.ask('what had the secretary been worried about in syria');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toMatch(/concerns about the escalation/);
  });
});
