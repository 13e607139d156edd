import { beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import { continuingSentence } from '../src/answer/continuing-sentence.js';
import type { VerbatimService } from '../src/app/verbatim-service.js';
import { installedWordNet } from '../src/lexicon/wordnet.js';
import { analyseQuery, type QueryVocabulary } from '../src/search/analyse-query.js';
import { searchTerm } from '../src/search/search-terms.js';
import { loadSeedCorpus } from './helpers/seed-corpus.js';
import { createTestService } from './helpers/seed-service.js';

let service: VerbatimService;

beforeAll(async () => {
  service = await createTestService();
});

function cited(result: AskResult): string {
  return result.citations.map((citation) => `${citation.quote}\n${citation.outlet}\n${citation.date}`).join('\n');
}

describe('questions about the sources in a reader’s words', () => {
  it('reads an outlet’s name as pointing at its articles, without a word like "article"', async () => {
    const review = await service.ask('what day was the urdupoint review put out');
    expect(review.status).toBe('answered');
    expect(review.answer.startsWith('2019-05-15: UrduPoint')).toBe(true);
  });

  it('reads "what was ... called" as asking for a title', async () => {
    const result = await service.ask('what was the rt piece called');
    expect(result.status).toBe('answered');
    expect(result.citations.map((citation) => citation.quote)).toEqual([
      'US Secretary of State Pompeo to meet Russia’s President Putin & Foreign Minister Lavrov on May 14',
    ]);
  });

  it('finds the article a reader names by its date', async () => {
    const result = await service.ask('who published the may 15 report?');
    expect(result.status).toBe('answered');
    expect(result.answer.startsWith('UrduPoint News / Sputnik published')).toBe(true);
    expect(result.citations).toHaveLength(1);
  });

  it('reads a noun for a message as naming the article, but not a thing or a name the articles never mention', async () => {
    expect((await service.ask('what day did rt put out its preview of the visit')).answer).toMatch(/^2019-05-10: RT/);
    expect((await service.ask('which outlet reported the ceasefire')).status).toBe('declined');
    expect((await service.ask('which outlet ran the New York Times interview')).status).toBe('declined');
  });

  it('does not answer with the articles’ dates a question about something a title does not name', async () => {
    const result = await service.ask('when was the mueller report released');
    expect(result.status).toBe('declined');
  });
});

/** A vocabulary of the given words, each written capitalised or not in the corpus. */
function vocabularyOf(words: Readonly<Record<string, boolean>>): QueryVocabulary {
  const terms = new Map(Object.entries(words).map(([word, capital]) => [searchTerm(word) ?? word, capital]));
  return {
    hasTerm: (term) => terms.has(term),
    words: new Set(Object.keys(words)),
    wordsStartingWith: (prefix) => Object.keys(words).filter((word) => word.startsWith(prefix)),
    typoCandidates: () => [],
    mostlyCapitalised: (term) => terms.get(term) === true,
  };
}

function phrasesOf(question: string, vocabulary: QueryVocabulary, word: string): readonly (readonly string[])[] {
  return analyseQuery(question, vocabulary, installedWordNet(), new Set()).find((found) => found.surface === word)
    ?.phrases as readonly (readonly string[])[];
}

describe('a word the articles lack, written as a WordNet synonym of several words', () => {
  it('reads "mideast" as the corpus’s "Middle East"', () => {
    const vocabulary = vocabularyOf({ middle: true, east: true });
    expect(phrasesOf('what was sent to the mideast', vocabulary, 'mideast')).toEqual([['middl', 'east']]);
  });

  it('does not read a name as common words that merely share its terms', () => {
    const vocabulary = vocabularyOf({ european: true, community: false });
    expect(phrasesOf('what did the eu say', vocabulary, 'eu')).toEqual([]);
  });

  it('answers from the sentence that says "middle East"', async () => {
    const result = await service.ask('what military hardware did the americans dispatch to the mideast?');
    expect(result.status).toBe('answered');
    expect(cited(result)).toContain('warships and bombers');
  });
});

describe('who-questions ask for a verb, not for every adjective or adverb', () => {
  it('answers when the only words the articles lack say which or how ("rightful", "partly responsible")', async () => {
    const regard = await service.ask("who does russia still regard as venezuela's rightful president");
    expect(regard.status).toBe('answered');
    expect(cited(regard)).toContain('recognize Maduro');
    const blamed = await service.ask("who did washington hold partly responsible for guaido's failed coup");
    expect(blamed.status).toBe('answered');
    expect(cited(blamed)).toContain('blamed Russia partially');
  });

  it('needs no passage to hold an adverb when the question has no verb ("who exactly is")', async () => {
    const result = await service.ask('who exactly is geng shuang');
    expect(result.status).toBe('answered');
    expect(cited(result)).toContain('Chinese Foreign Ministry spokesman');
  });

  it('still declines when the articles never use the verb, nor a synonym', async () => {
    expect((await service.ask('Who won the 2016 election?')).status).toBe('declined');
    expect((await service.ask('who leads the nusra front')).status).toBe('declined');
  });
});

describe('a misspelt question word', () => {
  it('reads the first word one letter from a question word as asking, not as a thing never mentioned', async () => {
    const result = await service.ask('wat did lavrov say about the new start treaty');
    expect(result.status).toBe('answered');
    expect(cited(result)).toContain('February 2021');
    const words = analyseQuery('wat did lavrov say', vocabularyOf({}), installedWordNet(), new Set());
    expect(words.map((word) => word.surface)).not.toContain('wat');
    expect(words.map((word) => word.surface)).toContain('lavrov');
  });
});

describe('the sentence that goes on with the one cited', () => {
  const corpus = loadSeedCorpus();
  const sentenceHolding = (text: string) => {
    for (const document of corpus.documents)
      for (const sentence of document.sentences)
        if (document.text.slice(sentence.start, sentence.end).includes(text)) return { document, sentence };
    throw new Error(`no sentence holds ${text}`);
  };
  const sentenceAfter = (text: string) => {
    const { document, sentence } = sentenceHolding(text);
    const next = continuingSentence(document, sentence);
    return next ? document.text.slice(next.start, next.end) : null;
  };

  it('is the same speaker’s quotation continued, or a sentence whose subject points back', () => {
    expect(sentenceAfter('We should give [Mueller] credit')).toMatch(/^"In general, he conducted an objective probe/);
    expect(sentenceAfter('soon after Moscow reciprocated')).toMatch(/^The move stirred angst/);
  });

  it('is not a sentence that starts on something new, nor one in the next paragraph', () => {
    expect(sentenceAfter('The US pulled out of the INF arms control treaty with Russia in February.')).toBeNull();
    expect(sentenceAfter('Putin stressed to Pompeo the importance of respecting')).toBeNull();
  });

  it('is cited with the best sentence for an open question', async () => {
    const result = await service.ask('why did putin say mueller deserves credit');
    expect(result.status).toBe('answered');
    expect(cited(result)).toContain('objective probe');
  });
});
