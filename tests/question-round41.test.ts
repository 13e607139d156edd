import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 41: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('a which-question whose noun the articles hold only words of the same contexts for', () => {
  it.each(['which hotel did mike check into near the black sea', 'which venue did putin use to host the secretary'])(
    'is declined, naming the noun (%s)',
    async (question) => {
      const result = await service.ask(question);
      expect(result.status).toBe('declined');
      expect(result.answer).toMatch(/never mention (?:hotel|venue), so they do not say which/);
    },
  );

  it('while a what-question about such a noun is still answered ("what penalties" are the sanctions) (a guard)', async () => {
    const result = await service.ask('what penalties did washington put on iran on may 8');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('sanctions');
  });
});
