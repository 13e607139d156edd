import { beforeAll, describe, expect, it } from 'vitest';
import { findNameSpan } from '../src/answer/find-answer-span.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

describe('a question naming several people or things needs a sentence naming them all', () => {
  it('declines what Trump tweeted after Sochi: no sentence names Trump and Sochi (Pompeo tweeted)', async () => {
    const result = await service.ask('What did Trump tweet after the Sochi meeting?');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer).toMatch(/^The articles do not mention Trump and Sochi together\./);
  });

  it('still answers an open question whose names one sentence holds', async () => {
    const result = await service.ask('what did putin tell pompeo regarding syria?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('territorial integrity');
  });
});

describe('a date answers a when-question only for the event its verb names', () => {
  it("does not date Russia's suspension with the US pulling out, when a sentence says 'suspending'", async () => {
    const result = await service.ask('on what date did russia suspend the INF treaty?');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer).toMatch(/^The articles do not give a date for/);
  });

  it('still dates the event whose sentence holds the verb', async () => {
    const result = await service.ask('When did the US pull out of the INF treaty?');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('February [1].')).toBe(true);
  });
});

describe("what someone said: their own words on it, not someone else's", () => {
  it("cites Lavrov's sentence on the Mueller report, not Putin's on Mueller, for what Lavrov thought of it", async () => {
    const result = await service.ask('What did Lavrov think the Mueller report would do for ties?');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toContain('do not give Sergey Lavrov');
    expect(result.citations[0]?.quote).toContain('Lavrov said the release of the Mueller report');
  });

  it('cites their words although they share few words with the question', async () => {
    const result = await service.ask('what sort of fix did lavrov call for in venezuela');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toMatch(
      /political solution|seek a resolution/,
    );
  });
});

describe('a question asking for a name needs a passage that names the thing', () => {
  it('declines the name of an aircraft carrier the articles never name, saying so', async () => {
    const result = await service.ask('What is the name of the aircraft carrier sent to the region?');
    expect(result).toMatchObject({ status: 'declined', citations: [] });
    expect(result.answer).toMatch(/^The articles do not give a name for aircraft, carrier/);
  });

  it('answers when a name stands beside the thing or is introduced as its name', async () => {
    for (const [question, name] of [
      ["what's the name of the kremlin aide", 'Yury Ushakov'],
      ['what is the armed group in Idlib called', 'Nusra Front'],
      ["whats the official name of iran's nuclear agreement", 'Joint Comprehensive Plan of Action'],
      ["what is the name of russia's foreign minister", 'Sergey Lavrov'],
    ] as const) {
      const result = await service.ask(question);
      expect(result.status).toBe('answered');
      expect(result.citations.map((citation) => citation.quote).join(' ')).toContain(name);
    }
  });
});

describe('findNameSpan', () => {
  const none = () => false;
  it('finds a name right beside a topic word, not one further away', () => {
    const text = 'Washington sent an aircraft carrier group to the region, said Pompeo.';
    expect(findNameSpan(text, none, [text.indexOf('carrier')])).toBeNull();
    const named = 'The Navy sent the aircraft carrier USS Abraham Lincoln to the region.';
    const span = findNameSpan(named, none, [named.indexOf('carrier')]);
    expect(span && named.slice(span.start, span.end)).toBe('USS Abraham Lincoln');
  });
});

describe('a when-question is dated by a sentence that dates the thing itself before the sentence before one', () => {
  it("leads New START's expiry with February 2021, not the INF exit's February", async () => {
    const result = await service.ask('When does the New START treaty run out?');
    expect(result.answer.startsWith('February 2021 [1].')).toBe(true);
  });
});

describe("a name's synonyms are names", () => {
  it("reads 'START' as the treaty, not as 'begin' or 'first': Lavrov's words on New START only", async () => {
    const result = await service.ask('What did Lavrov say about New START?');
    expect(result.status).toBe('answered');
    expect(result.citations.length).toBeGreaterThan(0);
    for (const citation of result.citations) expect(citation.quote).toContain('START');
  });
});
