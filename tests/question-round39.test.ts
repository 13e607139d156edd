import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { foldWord } from '../src/text/fold-word.js';
import { isStopword } from '../src/text/word-tokens.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 39: forms the user-phrased development sets showed the offline engine getting wrong; the questions here are
// written for the tests, in none of the sets.
describe('a function word contracted with a clitic', () => {
  it.each(["they'll", "we'd", "there've", 'they’d', "shouldn't", "hasn't"])('is as empty as its stem (%s)', (word) => {
    expect(isStopword(foldWord(word))).toBe(true);
  });

  it.each(["pompeo's", "russia'll", 'nukes'])('while a content word stays a content word (%s) (a guard)', (word) => {
    expect(isStopword(word)).toBe(false);
  });

  it('is never named as a word the articles lack ("they\'ll")', async () => {
    const result = await service.ask("what will they'll discuss about the INF treaty in sochi");
    expect(result.answer).not.toContain("they'll");
  });
});
