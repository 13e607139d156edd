import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function quotes(citations: readonly { quote: string }[]): string {
  return citations.map((citation) => citation.quote).join('\n');
}

describe('a word common in general English ("time", "move", "want")', () => {
  it("is read from WordNet's concordance counts", () => {
    const wordNet = installedWordNet();
    expect(wordNet.taggedCount('time')).toBeGreaterThan(500);
    expect(wordNet.taggedCount('standoff')).toBe(0);
    expect(wordNet.taggedCount('time')).toBe(wordNet.taggedCount('Time'));
  });

  it('does not outweigh the topic because the articles seldom use it', async () => {
    const result = await service.ask('how did the russians view tehrans move');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('reaction was understandable');
  });

  it('does not sink a question that the topic words answer', async () => {
    const result = await service.ask('what anniversary was marked around the time of the iran standoff');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('one year anniversary');
  });
});
