import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 45: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('what someone said, when no passage found gives their words or names them', () => {
  it("is declined, saying so, rather than answered with others' passages", async () => {
    const result = await service.ask('What did Trump say once Pompeo came back from Russia?');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/^The articles do not give Donald Trump's own words on this\./);
    expect(result.citations).toEqual([]);
  });

  it('is still answered where the passages shown name them, or they speak in a passage found', async () => {
    for (const question of ['What did Trump say about Iran?', 'according to rt what did lavrov say about venezuela']) {
      const result = await service.ask(question);
      expect(result.status).toBe('answered');
    }
  });
});
