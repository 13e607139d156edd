import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

describe("WordNet's narrower kinds of a noun", () => {
  it('are kinds of the thing ("inquiry": investigation, probe), not individuals filed under it', () => {
    const wordNet = installedWordNet();
    expect(wordNet.related('inquiry', 'noun', 2).narrower).toEqual(expect.arrayContaining(['investigation', 'probe']));
    // Julius Caesar is an instance of a general, not a kind of one.
    expect(wordNet.related('general', 'noun', 2).narrower).not.toContain('caesar');
  });

  it('are typical when their word means that kind first ("reduction" is first a decrease, not a chemical reaction)', () => {
    const related = installedWordNet().related('reaction', 'noun', 1);
    expect(related.narrower).toContain('reduction');
    expect(related.typicalNarrower).not.toContain('reduction');
    expect(installedWordNet().related('official', 'noun', 1).typicalNarrower).toContain('diplomat');
  });
});

describe('a narrower kind of what the question names, where the articles also use its own word', () => {
  it('answers for it when the kind means that first ("official": the two diplomats)', async () => {
    const result = await service.ask('which official did pompeo sit down with before he met putin');
    expect(result.status).toBe('answered');
    // It leads: before, a sentence of the three men's meetings came first, and this one only after it.
    expect(result.citations[0]?.quote).toContain('the two diplomats held a joint press conference');
  });
});

describe('a claim check whose words stand only in a line linking another story', () => {
  it('says they are on the page but not a quotation, and cites the line as a link, not as reporting', async () => {
    const result = await service.ask('Did Putin say "Russia is not an enemy of the US"?');
    expect(result.status).toBe('answered');
    expect(result.answer).toMatch(/^Those words are not a quotation\. .*links another story/);
    expect(result.answer).toContain('RT links a related story: \u201CRussia is not an enemy of the US\u201D [1]');
    expect(result.citations.map((citation) => citation.speaker)).toEqual([null]);
  });
});
