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

describe('a verb idiom WordNet knows ("see eye to eye")', () => {
  it('is one word of the question, not "eye" the articles never mention ("did the two diplomats see eye to eye over syria")', () => {
    expect(surfaces('did the two diplomats see eye to eye over syria')).toContain('see eye to eye');
    expect(surfaces('did the two diplomats see eye to eye over syria')).not.toContain('eye');
  });

  it('and is the act it is a way of doing, so a passage saying they agreed answers it', async () => {
    const result = await service.ask('did the two diplomats see eye to eye over syria');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toMatch(/never mention eye/);
    expect(result.citations.map((citation) => citation.quote).join(' ')).toMatch(/agreed/);
  });

  it('with its first word inflected ("saw eye to eye"), but a noun phrase of its words is no idiom', () => {
    expect(surfaces('where the two sides saw eye to eye on syria')).toContain('saw eye to eye');
    expect(surfaces('what caught the eye of the secretary in sochi')).toContain('eye');
  });

  it('of three words or more: a two-word one ("take office") is read word by word, so its date is not guessed', async () => {
    const result = await service.ask('when did sergey lavrov take office as foreign minister');
    expect(result.status).toBe('declined');
  });
});
