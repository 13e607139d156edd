import { beforeAll, describe, expect, it } from 'vitest';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { buildSearchIndex } from '../src/search/search-index.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';
import { createTestService } from './helpers/seed-service.js';

const index = buildSearchIndex(loadSeedCorpus());
const termOf = (question: string, surface: string) =>
  index.search(question).queryTerms.find((term) => term.surface === surface);
let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

describe('question words read as the reader means them', () => {
  it('reads the noun after "what" or "which" that asks for a time as the kind of answer, not a topic', () => {
    const surfaces = index.search('what year did Washington quit the INF').queryTerms.map((term) => term.surface);
    expect(surfaces).not.toContain('year');
    expect(index.search('which day did Pompeo visit the embassy').queryTerms.map((term) => term.surface)).not.toContain(
      'day',
    );
  });

  it('joins two words the corpus writes as one ("counter terrorism": counterterrorism)', () => {
    const term = termOf('did the us and russia work together on counter terrorism', 'counter terrorism');
    expect(term?.known).toBe(true);
  });

  it('reads a demonym as its country, named in several words ("Americans": the United States)', () => {
    const question = 'what did the americans send to the middle east';
    expect(termOf(question, 'americans')?.longForms).toContainEqual(['unit', 'state']);
    const [first] = index.search(question).passages;
    expect(first?.text).toContain('The United States has sent warships and bombers');
    expect(first?.missingNames).toEqual([]);
  });

  it('counts an acronym\u2019s long form only as a whole, and a common word of it never as the acronym', () => {
    expect([...(termOf('what is the status of the nuclear programme', 'nuclear')?.exact ?? [])]).not.toContain('inf');
    const inf = termOf('what happened to the INF', 'INF');
    expect(inf?.longForms.some((form) => form.includes('intermediate-range'))).toBe(true);
    expect([...(inf?.exact ?? [])]).not.toContain('nuclear');
  });
});

describe('what someone said', () => {
  it("cites only the named speaker's words once the articles give some on the topic", async () => {
    const result = await service.ask('what did lavrov say about the start treaty');
    expect(result.status).toBe('answered');
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.every((citation) => citation.speaker === 'Sergey Lavrov')).toBe(true);
  });
});

describe('questions about the sources', () => {
  it('says the articles do not name their authors rather than answering "who wrote" with an outlet', async () => {
    const result = await service.ask('who wrote the sputnik piece');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_supported', citations: [] });
    expect(result.answer).toMatch(/^The articles do not say who wrote them/);
  });

  it('does not take a question about what reporters asked for one about the authors', async () => {
    const result = await service.ask('what did reporters ask lavrov at the press conference in the sputnik report');
    expect(result.answer).not.toMatch(/who wrote them/);
  });

  it('finds an outlet whose one-word name the question splits ("urdu point")', async () => {
    const result = await service.ask('what date did urdu point publish its article');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('2019-05-15: UrduPoint News / Sputnik published')).toBe(true);
  });
});

describe('yes/no questions the articles do not settle', () => {
  it('answers with the passages on its topic, saying they do not answer it in so many words', async () => {
    const result = await service.ask('did russia agree to stop helping maduro?');
    expect(result.status).toBe('answered');
    expect(result.answer).toMatch(/^The articles do not answer this in so many words\. What they report on it:\n/);
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('Maduro');
  });

  it('answers one whose verb the articles put in other words', async () => {
    const result = await service.ask('will russia and the us keep discussing syria');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('continue consultations on Syria');
  });

  it('still answers one whose verb and names stand in one sentence', async () => {
    const result = await service.ask('did iran announce it would enrich uranium');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('enrich uranium at higher levels');
  });
});

describe('open questions whose verb the articles word otherwise', () => {
  it('answers from a sentence holding what the question names, though it uses another verb ("deploy": sent)', async () => {
    const result = await service.ask('which military ships did washington deploy in the middle east');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('sent warships and bombers to the middle East');
  });

  it('does not answer a who-question that way: there the verb is what is asked', async () => {
    expect((await service.ask('Who won the Venezuelan presidential election?')).status).toBe('declined');
  });
});

describe('a capital stands for its country, and a country for its capital', () => {
  it('reads WordNet part holonyms of national capitals', () => {
    const wordNet = installedWordNet();
    expect(wordNet.capitalLinks('moscow')).toContain('russia');
    expect(wordNet.capitalLinks('iran')).toContain('tehran');
    expect(wordNet.capitalLinks('sochi')).toEqual([]);
  });

  it('settles a yes/no question about Moscow with a sentence that says Russia', async () => {
    const result = await service.ask('would moscow support a dialogue between washington and pyongyang');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('Russia was "prepared to support" a dialogue');
  });
});
