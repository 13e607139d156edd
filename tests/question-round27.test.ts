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

describe("WordNet's lexicographer file of a word's first sense", () => {
  it('tells an act or a state from a thing, a person or a group', () => {
    const wordNet = installedWordNet();
    expect(wordNet.firstSenseFile('drive', 'noun')).toBe('noun.act');
    expect(wordNet.firstSenseFile('problem', 'noun')).toBe('noun.state');
    expect(wordNet.firstSenseFile('warhead', 'noun')).toBe('noun.artifact');
    expect(wordNet.firstSenseFile('troops', 'noun')).toBe('noun.group');
    expect(wordNet.firstSenseFile('qwertyuiop', 'noun')).toBeNull();
  });
});

describe('an abstract noun the articles lack, beside things they name in their own words', () => {
  it('frames the question rather than naming what it asks about', async () => {
    const flop = await service.ask('what did washington blame moscow for after the venezuelan coup flop');
    expect(flop.status).toBe('answered');
    expect(quotes(flop.citations)).toContain('blamed Russia partially');
    const focus = await service.ask('what did lavrov say was given particular focus in the talks');
    expect(focus.status).toBe('answered');
    expect(quotes(focus.citations)).toContain('strategic stability');
  });

  it('is the topic when only names are left beside it, or a word the articles lack (a guard)', async () => {
    expect((await service.ask('how frosty is the mood between moscow and washington')).status).toBe('declined');
    expect((await service.ask('Explain quantum computing in simple terms.')).status).toBe('declined');
  });
});

describe('words that say how a thing is asked', () => {
  it('an auxiliary the articles never use names nothing they lack ("ought")', async () => {
    const result = await service.ask('do washington and moscow differ over who ought to rule venezuela');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('disagreements over the leadership');
  });

  it('a year written with two digits is the one year the articles write ending so ("87": 1987)', async () => {
    const result = await service.ask('which treaty from 87 did washington leave');
    expect(result.status).toBe('answered');
    expect(quotes(result.citations)).toContain('1987 Intermediate-Range Nuclear Forces Treaty');
  });
});

describe('a year asked for', () => {
  it('is not answered by a month of another event ("In February, the United States said it was exiting")', async () => {
    const result = await service.ask('what year was the inf treaty signed');
    expect(result.answer).not.toMatch(/^February/);
    expect(result.status).toBe('declined');
  });

  it('is answered by the year the articles give (a guard)', async () => {
    const result = await service.ask('what year is the inf treaty from');
    expect(result.status).toBe('answered');
    expect(result.answer).toMatch(/^1987/);
  });
});
