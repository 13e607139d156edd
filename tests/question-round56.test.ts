import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 56: forms the development sets showed the offline engine getting wrong; the questions here are written for the
// tests, in none of the sets.
describe('an outlet named inside a compound or a web address', () => {
  it('points at that source, never a topic the articles lack ("the sputnik-sourced writeup")', async () => {
    const result = await service.ask('what is the sputnik-sourced writeup called');
    expect(result.answer).not.toMatch(/never mention[^.]*sputnik/);
  });

  it('so does its web address ("the rt.com story")', async () => {
    const result = await service.ask('what is the headline of the rt.com story');
    expect(result.answer).not.toMatch(/never mention rt\.com/);
    expect(result.status).toBe('answered');
  });

  it('but a web address of no outlet in the corpus is still missing ("the cnn.com story")', async () => {
    const result = await service.ask('what is the headline of the cnn.com story');
    expect(result.status).toBe('declined');
  });
});

describe('a gerund heading the subject', () => {
  it('is the subject, not the name before it ("did the ukraine fighting come up")', async () => {
    const result = await service.ask('did the ukraine fighting come up when putin met pompeo');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain(
      'did not discuss the Ukrainian conflict',
    );
  });
});
