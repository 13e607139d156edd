import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { questionKind } from '../src/search/question-kind.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 49: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('a noun phrase after "which", "what" or "name the" whose head is first a kind of person', () => {
  it('asks who, as "who" does; a place, a deal or a ship does not', () => {
    expect(questionKind('which kremlin official confirmed the meeting')).toBe('who');
    expect(questionKind('name the us diplomat who greeted pompeo')).toBe('who');
    expect(questionKind('which black sea city hosted the talks')).toBe('open');
    expect(questionKind('what arms deal did they discuss')).toBe('open');
    expect(questionKind('which aircraft carrier went to the gulf')).toBe('open');
  });

  it('is declined when no passage says what the question says that person did', async () => {
    const result = await service.ask('which kremlin official confirmed the talks would be postponed');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/do not say who/);
  });

  it('is answered when a passage says it of someone', async () => {
    const result = await service.ask('which kremlin aide revealed what putin and pompeo discussed');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('Ushakov');
  });
});
