import { beforeAll, describe, expect, it } from 'vitest';
import { speakersAskedAbout } from '../src/answer/speakers-asked-about.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { questionKind } from '../src/search/question-kind.js';
import { clippedForename } from '../src/text/clipped-forename.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

// Round 35: forms the user-phrased development sets showed the offline engine getting wrong; the questions here are
// written for the tests, in none of the sets.
describe('the noun "date" in a question', () => {
  it('asks for a date wherever it stands, as "when" does', () => {
    expect(questionKind('date of the failed coup against maduro')).toBe('when');
    expect(questionKind("new start's expiry date?")).toBe('when');
  });

  it('does not when it is an idiom, a verb, or another asking word rules', () => {
    expect(questionKind('what has the state department said to date')).toBe('open');
    expect(questionKind('what is out of date in the rt piece')).toBe('open');
    expect(questionKind('the inf treaty dates from which decade')).toBe('open');
    expect(questionKind('who will work on new start past its end date')).toBe('who');
    expect(questionKind('how did they mark it, and on what date')).toBe('open');
  });

  it('names no topic the articles lack, so the date they give is the answer', async () => {
    const coup = await service.ask('date of the failed coup against maduro');
    expect(coup.status).toBe('answered');
    expect(coup.answer.startsWith('April 30')).toBe(true);
    const expiry = await service.ask("new start's expiry date?");
    expect(expiry.status).toBe('answered');
    expect(expiry.answer.startsWith('February 2021')).toBe(true);
  });

  it('still declines when the articles give no date for what is asked', async () => {
    const summit = await service.ask('the g20 summit in japan: its dates?');
    expect(summit.status).toBe('declined');
    expect(summit.answer).toContain('do not give a date');
  });
});

describe('a clipped forename in a question', () => {
  it('stands for the one full forename of the same sex that begins with it', () => {
    expect(clippedForename('vlad', () => ['vladimir', 'vladivostok'])).toBe('vladimir');
    expect(clippedForename('alex', () => ['alexandra', 'alexander'])).toBe('alexander');
  });

  it('not for a pet form, a word that is no forename, or a clipping of two forenames', () => {
    expect(clippedForename('mike', () => ['michael'])).toBeNull();
    expect(clippedForename('vlad', () => ['vladivostok'])).toBeNull();
    expect(clippedForename('sam', () => ['samuel', 'samson'])).toBeNull();
  });

  it('finds the person it names in search', async () => {
    const result = await service.ask('is vlad going to see donald at the g20');
    expect(result.status).toBe('answered');
    expect(result.citations[0]?.quote).toContain('invitation for Putin to meet with Trump');
  });

  it('names whose words a question asks for', async () => {
    const result = await service.ask('what did vlad tell pompeo about the mueller report');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('Vladimir Putin said:')).toBe(true);
  });
});

describe('"capital" after a place, governed by a preposition of place', () => {
  it('names nothing more than the place, which stands for its capital ("in the russian capital": Moscow)', async () => {
    const result = await service.ask('what day was pompeo to arrive in the russian capital');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('May 13')).toBe(true);
    expect(result.citations[0]?.quote).toContain('his arrival to Moscow');
  });

  it('is still the topic when it is what the question asks for (a guard)', async () => {
    const result = await service.ask('what is the russian capital');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('never mention capital');
  });
});

describe('a clipped forename among whose words a question asks for', () => {
  const corpus = buildCorpus([
    {
      id: 'vote.txt',
      text: 'Vote count\n\nRichard Smith said: "We will win the vote." Vladimir Orlov said: "We will not."',
    },
  ]);

  it('names the one speaker of that forename ("what did vlad say")', () => {
    expect([...speakersAskedAbout('what did vlad say about the vote', corpus)]).toEqual(['Vladimir Orlov']);
  });

  it('is never an English word the forename list files as a name ("the rich" are no clipped Richard) (a guard)', () => {
    expect([...speakersAskedAbout('what did the rich say about the vote', corpus)]).toEqual([]);
  });
});
