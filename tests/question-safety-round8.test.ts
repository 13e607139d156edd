import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

describe('a who-question needs a passage that holds its verb', () => {
  it('declines who did something no passage on the topic says anyone did', async () => {
    for (const question of ['who signed the New START treaty', 'who runs the Nusra Front']) {
      const result = await service.ask(question);
      expect(result.status, question).toBe('declined');
      expect(result.answer, question).toContain('do not say who');
    }
  });

  it('still answers who did what a passage on the topic says', async () => {
    const result = await service.ask('who did the US blame for the collapse of the coup');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('blamed Russia');
  });
});

describe('a name the articles never use', () => {
  const wordNet = installedWordNet();

  it('is a word WordNet knows only capitalised', () => {
    expect(wordNet.isName('israel')).toBe(true);
    expect(wordNet.isName('germany')).toBe(true);
    expect(wordNet.isName('china')).toBe(false);
    expect(wordNet.isName('reaction')).toBe(false);
    expect(wordNet.isName('qwzx')).toBe(false);
  });

  it('declines the question, saying which name is missing', async () => {
    const result = await service.ask("how did poland respond to iran's uranium announcement");
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('never mention poland');
  });
});

describe("someone's words on a topic they are not quoted on", () => {
  it('does not take a place or a synonym for the topic when the question names a thing', async () => {
    const result = await service.ask('what did pompeo say to the exchange alumni in moscow');
    expect(result.answer.startsWith("The articles do not give Mike Pompeo's own words on this.")).toBe(true);
    expect(result.citations.every((citation) => citation.speaker !== 'Mike Pompeo')).toBe(true);
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('exchange program alumni');
  });

  it("still cites the person's own words when they are on the topic", async () => {
    const result = await service.ask('what did lavrov say about venezuela');
    expect(result.status).toBe('answered');
    expect(result.answer).not.toContain('do not give');
    expect(result.citations[0]?.quote).toContain('Lavrov');
  });
});

describe('a what-question whose noun is a quantity asks for a number', () => {
  const wordNet = installedWordNet();

  it('reads the quantity from WordNet', () => {
    expect(wordNet.kindsAbove('size', 1).flat()).toContain('magnitude');
    expect(wordNet.kindsAbove('percentage', 1).flat()).toContain('magnitude relation');
    expect(wordNet.kindsAbove('kind', 1).flat()).not.toContain('magnitude');
  });

  it('declines when no passage on the topic gives a number', async () => {
    const result = await service.ask('what is the size of the aircraft carrier group');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('do not give a number');
  });
});

describe('who did it and to whom', () => {
  it("declines when every passage writes the question's doer as the target", async () => {
    const result = await service.ask('did russia impose sanctions on the united states');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('done to russia, not by them');
  });

  it("answers when the roles are the articles' own", async () => {
    const result = await service.ask('what costs has the trump administration imposed on russia');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('imposing costs on Russia');
  });
});
