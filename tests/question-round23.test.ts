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

describe('a misspelt word one edit from a dictionary word whose forms the articles use', () => {
  it('is read as that word ("acuse": accuse, as the articles\' "accused")', async () => {
    const result = await service.ask('what does maduro acuse guaido of being');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('US puppet');
  });

  it('is read as that word when the articles write only a related form ("breeching": breach)', async () => {
    const result = await service.ask('which treaties did the state department accuse russia of breeching');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toContain('never use the word breeching');
    expect(quotes(result.citations)).toContain('breach of longstanding arms control agreements');
  });
});

describe('the hour or place a story was filed ("at what time was it posted", "datelined")', () => {
  it("is answered from the story's dateline, cited where it stands", async () => {
    const result = await service.ask('what hour was the rt piece put online');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote)).toEqual(['10 May, 2019 12:08 / Updated 6 years ago']);
  });

  it('names the place of a dateline', async () => {
    const result = await service.ask('where was the sputnik report filed from');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('WASHINGTON');
  });

  it('leaves a question about the time of an event to the articles', async () => {
    const result = await service.ask('what time did the sochi press conference start according to the sputnik story');
    expect(quotes(result.citations)).not.toContain('15th May, 2019');
  });
});
