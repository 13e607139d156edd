import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function quotes(citations: readonly { quote: string }[]): string {
  return citations.map((citation) => citation.quote).join('\n');
}

describe('the noun a which/what question asks for a member of ("what job")', () => {
  it('need not stand in the answer, which names the member in its own words', async () => {
    const result = await service.ask('what job does ryabkov hold');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('Deputy Foreign Minister Sergey Ryabkov');
  });

  it('need not stand in the answer when the verb is put otherwise too', async () => {
    const result = await service.ask('what label does maduro pin on guaido');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('US puppet');
  });

  it('still counts when the articles use it: the answer would say it ("what sanctions has Russia imposed")', async () => {
    const result = await service.ask('what sanctions has russia imposed on the us');
    expect(result.status).toBe('declined');
  });

  it('still counts when the articles know it only by words of the same contexts ("airline": carrier)', async () => {
    const result = await service.ask('Which airline did Pompeo fly to Sochi?');
    expect(result.status).toBe('declined');
  });
});

describe('the larger unit of an asked time ("what day of the week")', () => {
  it('names no topic a dated sentence must hold', async () => {
    const result = await service.ask('what day of the week were the talks in sochi');
    expect(result.status).toBe('answered');
    expect(result.answer).toMatch(/^on Tuesday/);
  });
});
