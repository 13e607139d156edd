import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 38: forms the user-phrased development sets showed the offline engine getting wrong; the questions here are
// written for the tests, in none of the sets.
describe('a decline naming a word the articles lack', () => {
  it('names it without the possessive the question gave it ("xi\'s government": "never mention xi")', async () => {
    const result = await service.ask("did pompeo want xi's government in the arms talks");
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('never mention xi.');
    expect(result.answer).not.toContain("xi's");
  });
});
