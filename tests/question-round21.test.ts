import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { partyNoun } from '../src/search/analyse-query.js';
import { namesAPair, pairReferences } from '../src/text/pair-reference.js';
import { wordTokens } from '../src/text/word-tokens.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function quotes(citations: readonly { quote: string }[]): string {
  return citations.map((citation) => citation.quote).join('\n');
}

const isParty = partyNoun(installedWordNet());

describe('a pair reference ("both sides", "the two governments")', () => {
  it('is the counting word and the plural noun of parties it counts', () => {
    const found = pairReferences(wordTokens('did the two foreign ministers meet'), isParty);
    expect(found.map((token) => token.norm)).toEqual(['two', 'ministers']);
    expect(pairReferences(wordTokens('On this we both agree'), isParty)).toEqual([]);
    expect(pairReferences(wordTokens('what happened in the last two weeks'), isParty)).toEqual([]);
  });

  it('may refer to two names joined by "and", not to the end of a list', () => {
    const pair = 'the United States and Russia will assemble teams';
    expect(namesAPair(pair, wordTokens(pair))).toBe(true);
    const list = 'including the situations in Syria, Iran and Venezuela';
    expect(namesAPair(list, wordTokens(list))).toBe(false);
  });

  it('is answered by a sentence with its own pair reference, not by "one-sided"', async () => {
    const result = await service.ask('lavrov said both sides agreed on what for syria');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('both countries have agreed to continue consultations on Syria');
    expect(quotes(result.citations)).not.toContain('one-sided');
  });

  it('is answered by a sentence naming the two parties', async () => {
    const result = await service.ask('are the two governments forming teams to look at new start');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('the United States and Russia will assemble teams');
  });
});
