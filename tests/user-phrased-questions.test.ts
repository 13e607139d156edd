import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import { checkGrounding } from '../src/answer/ground-citations.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { DEV_QUESTIONS } from './fixtures/user-phrased-questions.js';
import { loadSeedCorpus, RT, SPUTNIK } from './helpers/seed-corpus.js';
import { createTestService } from './helpers/seed-service.js';
import { scoreQuestions } from './helpers/score-questions.js';

const corpus = loadSeedCorpus();
let service: VerbatimService;
const results = new Map<string, AskResult>();

beforeAll(async () => {
  service = await createTestService();
  for (const { question } of DEV_QUESTIONS) results.set(question, await service.ask(question));
});

describe('questions in ordinary user phrasing (dev part of tests/fixtures/user-phrased-questions.ts)', () => {
  it('keeps the README figures: recall at least 0.83 (26 of 31), no unsupported answer, no misleading answer to a trap', () => {
    const score = scoreQuestions(DEV_QUESTIONS, results);
    expect(score.unsupportedAnswered).toEqual([]);
    expect(score.misleadingTraps).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.83);
  });

  it('grounds every answer it gives', () => {
    for (const result of results.values()) expect(checkGrounding(result, corpus)).toEqual([]);
  });
});

describe('one unfamiliar word no longer sinks the question', () => {
  it("reads British spellings as the corpus's American ones", async () => {
    const result = await service.ask('how did putin characterise the mueller probe?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('objective probe');
  });

  it('corrects typos to the one corpus word they are close to', async () => {
    const result = await service.ask('What was said about the Syrain consitutional commitee?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('constitutional committee');
  });

  it('finds the corpus\'s word through WordNet when the question uses another ("speak" for "talked")', async () => {
    const result = await service.ask('how long did trump speak with putin on the phone');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('for an hour [1].')).toBe(true);
  });

  it('finds a noun neither WordNet nor spelling joins to the corpus\'s through word embeddings ("militants": Islamists)', async () => {
    const result = await service.ask('which syrian provinces did the militants hit');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('Hama, Aleppo and Latakia');
    const deadline = await service.ask("what's the deadline for new start");
    expect(deadline.citations.map((citation) => citation.quote).join(' ')).toContain('February 2021');
  });

  it('finds a verb of few senses through word embeddings ("praise": hailed), not one of many', async () => {
    const result = await service.ask('Did the Americans praise Russia for anything?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('Afghan peace process');
  });

  it('does not let a word of the same contexts answer a who question ("ambassador" is not "Secretary of State")', async () => {
    const result = await service.ask('Who is the US ambassador in Moscow?');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_in_corpus' });
    expect(result.answer).toMatch(/^The articles never mention ambassador\./);
  });

  it('does not read a word of the same contexts as another word of the question ("football team": teams)', async () => {
    const result = await service.ask('What football team does Pompeo support?');
    expect(result.status).toBe('declined');
  });

  it('declines a who question whose verb the articles never use: they do not say who did it', async () => {
    const result = await service.ask('Who won the 2016 US presidential election?');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_supported' });
    expect(result.answer).toMatch(/^The articles never use the word won, so they do not say who\./);
  });

  it('reads a contraction the dictionary lacks as the corpus word it abbreviates ("Dept": Department)', async () => {
    const result = await service.ask('What did the State Dept say would top the agenda?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('high on the agenda');
  });

  it('reads a hyphenated word the corpus writes whole ("G-20": G20) and a phrasal verb by WordNet ("get together": meet)', async () => {
    const result = await service.ask('will putin and trump get together at the g-20');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('meet with Trump at the upcoming G20 summit');
  });

  it('matches a word typed with an accent, and a hyphenated word typed as two ("Guaidó", "three way")', async () => {
    const accent = await service.ask('what did Guaidó request from the US?');
    expect(accent.citations[0]?.quote).toContain('Juan Guaido formally requested military assistance');
    const hyphen = await service.ask('Did Trump mention a three way deal?');
    expect(hyphen.citations[0]?.quote).toContain('three-way deal');
  });

  it('answers a question about the sources whose noun is qualified ("which news websites")', async () => {
    const result = await service.ask('Which news websites are these stories from?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.outlet)).toContain('UrduPoint News / Sputnik');
  });

  it('answers from a sentence holding what the question names although other passages on it lack a name', async () => {
    const result = await service.ask('what does the us want russia to do about ukraines new president');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('reach out to newly-elected President');
  });

  it('does not rest an open question on synonyms alone ("obstruction of justice": interference ... administration)', async () => {
    const result = await service.ask('What did Mueller conclude about obstruction of justice?');
    expect(result.status).toBe('declined');
  });

  it('declines a yes/no question about named people no sentence names together', async () => {
    const result = await service.ask('Did Lavrov meet Zelenskiy?');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_supported' });
    expect(result.answer).toMatch(/^The articles do not mention Lavrov and Zelenskiy together\./);
  });

  it('still declines a question whose topic the articles never mention, and names what is missing', async () => {
    const result = await service.ask('What did Pompeo eat for dinner in Sochi?');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_in_corpus' });
    expect(result.answer).toMatch(/^The articles never mention dinner\./);
  });
});

describe('when, how long and how many need a date or number tied to what is asked', () => {
  it('opens a date answer with the date, taken from the cited passage', async () => {
    const result = await service.ask('When does New START expire?');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('February 2021 [1].\n')).toBe(true);
    expect(result.citations[0]?.quote).toContain('it expires in February 2021');
  });

  it("does not answer the INF treaty's expiry with New START's date", async () => {
    const result = await service.ask('When does the INF treaty expire?');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/^The articles do not give a date for INF, treaty and expire\./);
  });

  it('declines a count the articles do not give, saying so', async () => {
    const result = await service.ask('how many warships were sent to the middle east');
    expect(result.status).toBe('declined');
    expect(result.answer).toMatch(/^The articles do not give a number for warships/);
  });

  it('reads the date next to the event asked about, not the first date in the sentence', async () => {
    const result = await service.ask('when was the failed coup attempt in venezuela');
    expect(result.answer.startsWith('April 30 [1].')).toBe(true);
  });
});

describe('what someone said', () => {
  it("says when the person asked about is never quoted, rather than passing others' words for theirs", async () => {
    const result = await service.ask('What did Mueller say about Putin?');
    expect(result.answer.startsWith('Robert Mueller is not quoted in the articles.')).toBe(true);
    expect(checkGrounding(result, corpus)).toEqual([]);
  });
});

describe('questions about the articles themselves', () => {
  it("names the outlet, citing the article's title in its text", async () => {
    const result = await service.ask('Which outlet published the piece about Pompeo leaving Sochi?');
    expect(result.status).toBe('answered');
    expect(result.citations).toHaveLength(1);
    expect(result.citations[0]).toMatchObject({ source: SPUTNIK, outlet: 'UrduPoint News / Sputnik', speaker: null });
    expect(result.answer.startsWith('UrduPoint News / Sputnik published \u201C')).toBe(true);
    expect(checkGrounding(result, corpus)).toEqual([]);
  });

  it('gives the date of the article named by its outlet', async () => {
    const result = await service.ask('When was the RT article published?');
    expect(result.answer.startsWith('2019-05-10: RT published')).toBe(true);
    expect(result.citations.map((citation) => citation.source)).toEqual([RT]);
  });

  it('counts the articles and lists who is quoted', async () => {
    expect((await service.ask('how many articles does the corpus hold')).answer.startsWith('2 articles:\n')).toBe(true);
    const quoted = await service.ask('Who is quoted in the articles?');
    expect(quoted.citations.map((citation) => citation.speaker)).toContain('Sergey Lavrov');
    expect(checkGrounding(quoted, corpus)).toEqual([]);
  });

  it('declines a question about a source the corpus does not hold', async () => {
    expect((await service.ask('Which outlet published the New York Times interview with Lavrov?')).status).toBe(
      'declined',
    );
  });
});

describe('the LLM engine', () => {
  afterAll(() => nock.enableNetConnect());

  it('answers questions about the sources from the metadata without asking the model', async () => {
    nock.disableNetConnect();
    const llm = await createTestService({ OPENAI_API_KEY: 'sk-test' });
    const result = await llm.ask('Which outlet published the piece about Pompeo leaving Sochi?');
    expect(result).toMatchObject({ status: 'answered', engine: 'llm:gpt-4.1-mini' });
    expect(result.citations[0]?.outlet).toBe('UrduPoint News / Sputnik');
  });
});

describe('a verb the articles word differently does not sink the question; a missing name does', () => {
  it('answers "post on twitter" with the tweet, and says which word the articles never use', async () => {
    const result = await service.ask('What did Pompeo post on twitter after Sochi');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('The articles never use the word post.')).toBe(true);
    expect(result.citations[0]?.quote).toContain('positive step forward');
  });

  it('answers "withdraw from" with the sentences that say "exiting" and "pulled out"', async () => {
    const result = await service.ask('Which treaty did Washington withdraw from in February?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('Intermediate-Range');
  });

  it('still declines an unknown noun, naming it', async () => {
    const result = await service.ask('What did the pope say about arms control?');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_in_corpus' });
    expect(result.answer).toMatch(/^The articles never mention pope\./);
  });

  it('declines when the passages on the topic never name what the question names', async () => {
    const result = await service.ask('What did Japan say about Idlib?');
    expect(result).toMatchObject({ status: 'declined', reason: 'not_supported' });
    expect(result.answer).toMatch(/^The articles do not mention Idlib in connection with Japan\./);
  });

  it('answers a narrower kind of thing than the question asks about ("military ships": warships)', async () => {
    const result = await service.ask('What military ships did the US send to the Middle East?');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote).join(' ')).toContain('warships and bombers');
  });
});

describe('yes/no questions get a direct "No" when a cited passage negates what is asked', () => {
  const leadCitation = (result: AskResult) => {
    const match = /^No \[(\d+)\]\.\n/.exec(result.answer);
    return match ? result.citations[Number(match[1]) - 1]?.quote : undefined;
  };

  it('leads with No and cites the sentence that says they did not discuss it', async () => {
    const result = await service.ask('did putin and pompeo talk about ukraine');
    expect(leadCitation(result)).toContain('did not discuss the Ukrainian conflict');
  });

  it('reads a phrasal verb through WordNet ("looking for": "seek")', async () => {
    const result = await service.ask('Is the US looking for a war with Iran?');
    expect(leadCitation(result)).toContain('seek war with Iran');
  });

  it('gives no verdict when the negated sentence is about someone else', async () => {
    const result = await service.ask('Did Lavrov discuss Ukraine?');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('No')).toBe(false);
  });
});

describe('where-questions lead with the place, attached to what is asked', () => {
  it('names the place the question does not, next to the verb asked about', async () => {
    const result = await service.ask('Where had Pompeo and Lavrov met before Sochi?');
    expect(result.answer.startsWith('Finland [1].')).toBe(true);
    expect(result.citations[0]?.quote).toContain('in Finland');
  });
});
