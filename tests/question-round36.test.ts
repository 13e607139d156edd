import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 36: forms the user-phrased development sets showed the offline engine getting wrong; the questions here are
// written for the tests, in none of the sets.
describe('a which-question whose asked noun the articles use in no form', () => {
  it('declines, saying the articles do not say which ("which runway did the bombers take off from")', async () => {
    const result = await service.ask('which runway did the american bombers take off from');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('never mention runway, so they do not say which');
  });

  it('still answers when the articles use the noun ("which country did the us send bombers to threaten")', async () => {
    const result = await service.ask('which country did the us send its bombers to threaten');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('Iran');
  });
});

describe('a word for personal data said of a thing', () => {
  it('asks nothing personal ("the birthday of the us exit from the deal")', async () => {
    const result = await service.ask('what happened on the birthday of the us exit from the iran deal');
    expect(result.answer).not.toContain('personal information');
  });

  it('still asks for personal data when said of a person ("the birthday of pompeo") (a guard)', async () => {
    const result = await service.ask('when is the birthday of pompeo');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('personal information');
  });
});
