import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { splitCompound } from '../src/text/split-compound.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

describe('a compound written as one word that the articles write as two', () => {
  const words = new Set(['phone', 'call', 'arms', 'race', 'armsr', 'ace']);
  const isWord = (part: string) => words.has(part);

  it('splits it where both parts are words, and only when one split does', () => {
    expect(splitCompound('phonecall', isWord)).toEqual(['phone', 'call']);
    expect(splitCompound('armsrace', isWord)).toBeNull();
    expect(splitCompound('phonebook', isWord)).toBeNull();
  });

  it('answers a question that closes it up as the articles’ open form would be', async () => {
    const result = await service.ask('how long was the trump putin phonecall');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('for an hour')).toBe(true);
    expect(result.citations[0]?.quote).toContain('on the phone for an hour');
  });
});

describe('a dated or timed sentence that puts one topic word otherwise', () => {
  it('answers from it when it holds half the topic, the event verb and every name', async () => {
    const result = await service.ask('how long was the trump putin phone conversation');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('for an hour')).toBe(true);
  });

  it('still declines a date of another event', async () => {
    const result = await service.ask('When does the INF treaty expire?');
    expect(result.status).toBe('declined');
  });
});

describe('what sort / kind / type of a thing', () => {
  it('reads the noun before "of" as asking for a kind, not as a topic word the passage must hold', async () => {
    const result = await service.ask('what sort of approaches did lavrov caution against');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join('\n')).toContain('one-sided approaches');
  });
});

describe('a small number in figures that the articles write in words', () => {
  it('reads "3" as "three" when the corpus writes only the word', async () => {
    const result = await service.ask('which country did trump want to bring into a 3 way arms deal');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('three-way deal');
  });
});
