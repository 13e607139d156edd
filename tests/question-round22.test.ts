import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { questionKind } from '../src/search/question-kind.js';
import { createTestService } from './helpers/seed-service.js';
import { RT, SPUTNIK } from './helpers/seed-corpus.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function quotes(citations: readonly { quote: string }[]): string {
  return citations.map((citation) => citation.quote).join('\n');
}

describe('an outlet the question names ("according to sputnik")', () => {
  it("points at that outlet's articles, not at a word the articles lack", async () => {
    const result = await service.ask('according to sputnik what did pompeo say about idlib');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toMatch(/never (?:mention|use)/);
    expect(result.citations.map((citation) => citation.source)).toEqual([SPUTNIK]);
    expect(quotes(result.citations)).toContain('escalation of the situation around Idlib');
  });

  it("keeps the answer to that outlet's articles", async () => {
    const result = await service.ask('according to rt what did lavrov say about venezuela');
    expect(result.status).toBe('answered');
    expect(new Set(result.citations.map((citation) => citation.source))).toEqual(new Set([RT]));
  });

  it('still answers questions about the sources themselves', async () => {
    const result = await service.ask('when was the sputnik story published');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('2019-05-15');
    expect(result.answer).not.toContain('2019-05-10');
  });
});

describe('a which-question about a date ("which month")', () => {
  it('asks when, as "what month" does', () => {
    expect(questionKind('which month is the g20 summit in japan')).toBe('when');
    expect(questionKind('in which year is the g20 in japan')).toBe('when');
    expect(questionKind('which outfit did damascus target')).toBe('open');
  });

  it('is declined when no passage on it holds a date', async () => {
    const result = await service.ask('which month is the g20 summit in japan');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('do not give a date');
  });
});

// Round 41 declines "which outfit" when the articles hold only words of the same contexts for it ("group"); "what" asks
// to have it described, and is answered.
describe('the noun a what-question asks for a member of ("what terrorist outfit")', () => {
  it('weighs no more than the least telling thing named when the articles never use it', async () => {
    const result = await service.ask('what terrorist outfit was the syrian army going after near idlib');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('Nusra Front terror group');
  });

  it('weighs in full when the articles use it', async () => {
    const result = await service.ask('what sanctions has russia imposed on the us');
    expect(result.status).toBe('declined');
  });
});
