import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 33: forms the user-phrased development sets showed the offline engine getting wrong; the questions here are
// written for the tests, in none of the sets.
describe("a people's adjective in a question", () => {
  it('stands for their capital too, as their country does ("the chinese": Beijing)', async () => {
    const result = await service.ask('per trump, do the chinese want in on a nuclear deal');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('Beijing \u201Cwould very much like to be part of that deal');
  });
});
