import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 58: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('a person noun that WordNet files directly under a nation’s people', () => {
  it('stands for that nationality ("the yanks": Americans, the US)', async () => {
    const result = await service.ask('did the yanks press moscow to steer clear of venezuela');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain(
      'urged Moscow to stay out Venezuela',
    );
  });

  it('but one under some other kind of person is still missing ("gringos": foreigners)', async () => {
    const result = await service.ask('what did the gringos say about syria');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/never mention gringos/);
  });
});
