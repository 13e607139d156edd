import { beforeAll, describe, expect, it } from 'vitest';
import { passagesNamingTheTopic } from '../src/answer/decline-policy.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import { searchTerm } from '../src/search/search-terms.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

const quotes = (citations: readonly { quote: string }[]) => citations.map((citation) => citation.quote).join(' ');

describe('open questions whose nouns the articles put in other words', () => {
  it('takes a sentence holding half of what the question names, every name among it, as support', () => {
    const question = "what was russia's reaction after america exited the INF?";
    const naming = passagesNamingTheTopic(question, buildSearchIndex(loadSeedCorpus()).search(question));
    expect(naming.map((passage) => passage.text).join(' ')).toContain('The US pulled out of the INF');
  });

  it('answers such a question with those sentences', async () => {
    const result = await service.ask("what was russia's reaction after america exited the INF?");
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toMatch(/Russia suspending its participation|pulled out of the INF/);
  });

  it('still declines one that names a single thing of the articles', async () => {
    const result = await service.ask('What did Lavrov wear at the meeting?');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
  });
});

describe('questions about the sources, typed loosely', () => {
  it('reads a stop word typed without its apostrophe ("whats") as the stop word', async () => {
    const result = await service.ask('whats the headline of the rt story');
    expect(result.status).toBe('answered');
    expect(result.answer).toContain('RT published');
  });

  it('keeps a word that only ends in "s" after a stop word ("owns", "wills"), which is no contraction', () => {
    expect(searchTerm('whats')).toBeNull();
    expect(searchTerm('thats')).toBeNull();
    expect(searchTerm('owns')).toBe(searchTerm('owned'));
    expect(searchTerm('wills')).not.toBeNull();
  });

  it('counts the articles when a word qualifies the noun, and an adjective the articles never use does not matter', async () => {
    const result = await service.ask('how many different articles do you hold');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('2 articles:')).toBe(true);
  });

  it('still declines one about a thing the articles never mention', async () => {
    const result = await service.ask('which outlet reported the ceasefire');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
  });
});

describe('what someone said about a topic', () => {
  it("does not pass their sentence on another topic, beside a neighbour's on it, for their words on it", async () => {
    const result = await service.ask('What did Ushakov say about the Korean peninsula?');
    expect(result.answer.startsWith("The articles do not give Yury Ushakov's own words on this.")).toBe(true);
    expect(quotes(result.citations)).not.toContain('Ushakov revealed');
  });

  it('still cites their sentence when it holds the topic itself', async () => {
    const result = await service.ask('What did Ushakov say about sanctions?');
    expect(quotes(result.citations)).toContain('briefly discuss US sanctions');
  });
});

describe('what a decline says is missing', () => {
  it('names the things the articles never mention, not an adjective they may say otherwise', async () => {
    const result = await service.ask('how frosty is the mood between moscow and washington');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/^The articles never mention mood\./);
  });
});
