import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { questionRoles } from '../src/answer/role-check.js';
import { buildSearchIndex, type SearchIndex } from '../src/search/search-index.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;
let index: SearchIndex;

beforeAll(async () => {
  service = await createTestService();
  index = buildSearchIndex(loadSeedCorpus());
});

function rolesOf(question: string): { doers: string[]; others: string[]; event: string[] } {
  const roles = questionRoles(question, index.search(question).queryTerms, installedWordNet());
  const surfaces = (terms: readonly { surface: string }[]) => terms.map((term) => term.surface);
  return { doers: surfaces(roles.doers), others: surfaces(roles.others), event: surfaces(roles.event) };
}

function quotes(result: { citations: readonly { quote: string }[] }): string {
  return result.citations.map((citation) => citation.quote).join(' ');
}

describe("a question's roles", () => {
  it('reads the doer from the subject, the other parties from the rest, and the event from the verb and its object', () => {
    expect(rolesOf('what penalties did iran impose on the us')).toEqual({
      doers: ['iran'],
      others: [],
      event: ['penalties', 'impose'],
    });
    expect(rolesOf("how did north korea respond to russia's offer of support")).toMatchObject({
      doers: ['korea'],
      others: ["russia's"],
    });
  });

  it('names no doer when the names only qualify the subject ("the trump putin phone call")', () => {
    expect(rolesOf('what did the trump putin phone call cover').doers).toEqual([]);
  });
});

describe('an answer must have the question’s doer doing what it asks', () => {
  it('declines a question whose roles the articles give the other way round', async () => {
    const result = await service.ask('what penalties did iran impose on the us');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/report this of United States, not of iran/);
  });

  it('declines a question about what another party did', async () => {
    for (const question of ['what sanctions did russia put on iran', 'what did russia send to the middle east']) {
      const result = await service.ask(question);
      expect(result.status, question).toBe('declined');
      expect(result.answer, question).toMatch(/report this of (Washington|United States), not of russia/);
    }
  });

  it('still answers when the doer is there, by any of its names ("the americans": the United States)', async () => {
    const result = await service.ask('what did the americans dispatch to the region to warn iran');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toMatch(/sent warships and bombers/);
  });

  it('keeps a clause that the doer reports ("Lavrov affirmed that Russia was prepared ...")', async () => {
    const result = await service.ask('Whats the goal Lavrov gave for talks between the US and North Korea?');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toMatch(/strong mechanism of peace/);
  });
});

describe('a date answers for the event asked about', () => {
  it('does not date what Russia did by the year that names the treaty, nor by the US exit', async () => {
    const result = await service.ask('when did russia rejoin the inf treaty');
    expect(result.status).toBe('declined');
    expect(result.answer).not.toMatch(/1987|February/);
  });

  it('still gives a date the event has', async () => {
    const result = await service.ask('when was the botched coup in venezuela');
    expect(result.answer.startsWith('April 30 [1].')).toBe(true);
  });
});
