import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { speakerWordsAsked } from '../src/answer/speakers-asked-about.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function quotes(result: AskResult): string {
  return result.citations.map((citation) => citation.quote).join('\n');
}

describe('what someone never quoted said', () => {
  it('declines when no cited sentence has them doing anything, rather than show others’ words', async () => {
    const result = await service.ask('what did zelenskiy say to pompeo');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer.startsWith('Volodymyr Zelenskiy is not quoted in the articles.')).toBe(true);
  });

  it('still answers with their reported stance when a sentence has them as its subject', async () => {
    const result = await service.ask('What did Geng Shuang say about arms control negotiations?');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toContain('Geng Shuang ruled out');
  });
});

describe('what a party the articles know by no speaker’s name said', () => {
  it('reads the party from the subject of the verb of saying, not from another clause’s', () => {
    expect(speakerWordsAsked('what did the business leaders tell pompeo in moscow')).toEqual(['business', 'leaders']);
    expect(speakerWordsAsked('what did the americans dispatch to the region to warn iran')).toEqual([]);
  });

  it('declines when no cited sentence has the party as a subject', async () => {
    for (const question of [
      'what did the business leaders tell pompeo in moscow',
      'what did the syrian opposition say about the sochi talks',
    ]) {
      const result = await service.ask(question);
      expect(result, question).toMatchObject({ status: 'declined', citations: [] });
      expect(result.answer).toMatch(/^The articles do not give the words of /);
    }
  });

  it('reads a name before a noun of the subject as modifying it, not as the one who spoke', async () => {
    const result = await service.ask('what did the us embassy in moscow say about the visit');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer.startsWith('The articles do not give the words of us embassy in moscow on this.')).toBe(true);
  });

  it('answers when a cited sentence has the party as a subject under another of its names', async () => {
    const result = await service.ask('what did iran say it would do with its uranium');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toContain('Tehran announced that it would enrich uranium');
  });
});

describe('a where-question needs a passage that names a place', () => {
  it('declines when no passage on it names a place the question does not', async () => {
    const result = await service.ask('where did trump and putin meet last friday');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer).toMatch(/^The articles do not give a place for /);
  });

  it('still answers when the place stands far from the topic words', async () => {
    const result = await service.ask('where is the next putin trump meeting supposed to happen');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toContain('G20 summit in Japan');
  });
});
