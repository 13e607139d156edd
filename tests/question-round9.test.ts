import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import { findAnswerSpan } from '../src/answer/find-answer-span.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { asksForWords, predicateWords } from '../src/search/predicate-words.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;
const wordNet = installedWordNet();

beforeAll(async () => {
  service = await createTestService();
});

function quotes(result: AskResult): string {
  return result.citations.map((citation) => citation.quote).join(' ');
}

/** The words of the question at the offsets `predicateWords` gives. */
function predicatesOf(question: string): string[] {
  return [...predicateWords(question, wordNet)].map((start) => question.slice(start).split(/\W/)[0] ?? '');
}

describe('the people a question names are its topic unless it asks for their words', () => {
  it('answers a question about what two speakers did from the sentence naming both', async () => {
    const result = await service.ask('what did the trump putin phone call cover');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toContain('for an hour');
  });

  it('answers what someone found from the sentence naming them and the inquiry', async () => {
    const result = await service.ask('according to putin what did the mueller inquiry find');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toMatch(/no ties between Russia and Trump|absence of any traces/);
  });

  it('reads a verb of saying as asking for words only where it is the verb', () => {
    expect(asksForWords('what did the trump putin phone call cover', wordNet)).toBe(false);
    expect(asksForWords('what sort of fix did lavrov call for in venezuela', wordNet)).toBe(true);
    expect(asksForWords('What did Lavrov say about Syria?', wordNet)).toBe(true);
  });

  it('takes a verb the tagger sees as the end of a do-support subject', () => {
    expect(predicatesOf('what did the trump putin phone call cover')).not.toContain('call');
    expect(predicatesOf('what did the trump putin phone call cover')).toContain('cover');
  });
});

describe('a verb or adjective the articles write only otherwise does not outweigh what the question names', () => {
  it('answers a yes/no question whose adjective the articles put in other words', async () => {
    const result = await service.ask('is pompeo optimistic about the syria negotiations');
    expect(result.status).toBe('answered');
    expect(quotes(result)).toContain('chance to make progress on peace talks in Syria');
  });

  it('does not date a when-question by another event the rest of its words share', async () => {
    const result = await service.ask('When will the arms control talks resume?');
    expect(result.answer.startsWith('February')).toBe(false);
  });
});

describe("someone's words on a topic keep every name the question gives", () => {
  it('says the person is not given on it rather than pass off their words on something else', async () => {
    const result = await service.ask('What did Lavrov say about the Arctic summit in Finland?');
    expect(result.answer).toContain("do not give Sergey Lavrov's own words");
    expect(quotes(result)).not.toContain('G20');
  });
});

describe('a date right after a verb of saying dates the statement', () => {
  const quoted = '"I think we can work our way through," Pompeo said on Tuesday.';

  it('answers only a question about the saying', () => {
    expect(findAnswerSpan('when', quoted, [], false)).toBeNull();
    const span = findAnswerSpan('when', quoted, [], true);
    expect(span && quoted.slice(span.start, span.end)).toBe('on Tuesday');
    const narrated = 'Pompeo during his visit to Sochi on Tuesday first met with Lavrov.';
    const met = findAnswerSpan('when', narrated, [], false);
    expect(met && narrated.slice(met.start, met.end)).toBe('on Tuesday');
  });

  it('declines when the only date near the topic is when someone spoke', async () => {
    const result = await service.ask('when did pompeo become secretary of state');
    expect(result.status).toBe('declined');
  });
});

describe('after a subject "who", the next word is the verb', () => {
  it('reads a verb in -s tagged as a noun as the verb', () => {
    expect(predicatesOf('who chairs the syrian constitutional committee')).toContain('chairs');
  });

  it('declines who does what the articles never say anyone does', async () => {
    const result = await service.ask('who chairs the constitutional committee');
    expect(result.status).toBe('declined');
    expect(result.answer).toContain('do not say who');
  });
});

describe('prepositions and conjunctions name nothing', () => {
  it('does not decline for a preposition the articles never use', async () => {
    for (const question of [
      "per pompeo's tweet, what have the two countries shown in the past",
      'what penalties did the us put on iran to mark a year since quitting the deal',
    ]) {
      const result = await service.ask(question);
      expect(result.answer, question).not.toMatch(/never mention (?:per|since)\b/);
    }
  });
});

describe('a day of the month in figures', () => {
  it('is the corpus\'s day however it is written ("the 13th": May 13), and names a day, not what happened', async () => {
    expect(predicatesOf('who was pompeo due to see in moscow on the 13th')).not.toContain('13th');
    const result = await service.ask('who was pompeo due to see in moscow on the 13th');
    expect(result.answer).not.toContain('13th');
  });
});
