import { describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import { describeCorpus } from '../src/answer/render-answer.js';
import type { Corpus, CorpusDocument } from '../src/corpus/corpus-types.js';
import { escapeText } from '../src/discord/rendering/escape-text.js';
import { MAX_TEXT_MESSAGES, renderAnswer } from '../src/discord/rendering/render-answer.js';
import { renderSourceList } from '../src/discord/rendering/render-lists.js';
import { splitMessage } from '../src/discord/rendering/split-message.js';

function largeCorpus(count: number): Corpus {
  const documents = Array.from(
    { length: count },
    (_, index): CorpusDocument => ({
      id: `news_${index}.txt`,
      text: '',
      sha256: '',
      title: `Article number ${index}`,
      outlet: `Outlet ${index % 7}`,
      date: '2019-05-14',
      paragraphs: [],
      sentences: [],
      quotations: [
        {
          id: `q${index}`,
          documentId: `news_${index}.txt`,
          start: 0,
          end: 1,
          text: 'x',
          speaker: `Speaker ${index % 50}`,
          paragraphIndex: 0,
          spansParagraphs: false,
          form: 'full',
        },
      ],
      personMentions: [],
    }),
  );
  return { version: 'v', documents, speakers: [] };
}

describe('a decline names the corpus in a bounded summary', () => {
  it('names five titles and counts the rest of 10,000 articles', () => {
    const text = describeCorpus(largeCorpus(10_000));
    expect(text).toMatch(/^The corpus holds 10,000 articles: Article number 0 \(Outlet 0, 2019-05-14\);/);
    expect(text).toContain('Article number 4 (');
    expect(text).not.toContain('Article number 5 (');
    expect(text).toContain('and 9,995 more from 7 outlets');
    expect(text).toMatch(/It quotes Speaker 0, .*Speaker 7 and others\.$/);
    expect(text.length).toBeLessThan(600);
  });

  it('lists a small corpus whole, with no count of others', () => {
    const text = describeCorpus(largeCorpus(3));
    expect(text).toBe(
      'The corpus holds 3 articles: Article number 0 (Outlet 0, 2019-05-14); Article number 1 (Outlet 1, 2019-05-14); Article number 2 (Outlet 2, 2019-05-14). It quotes Speaker 0, Speaker 1, Speaker 2.',
    );
  });
});

describe('Discord rendering of very long text', () => {
  const longLine = Array.from({ length: 12_000 }, (_, index) => `*word${index}* _x_ ~~y~~ # z`).join(' ');

  it('escapes a 300,000-character line so that it reads back literally', () => {
    const escaped = escapeText(longLine);
    expect(longLine.length).toBeGreaterThan(300_000);
    expect(escaped.replace(/\\([*_~#\\])/g, '$1')).toBe(longLine);
    expect(escaped).not.toMatch(/(?<!\\)\*word/);
  });

  it('escapes a short line exactly as before', () => {
    expect(escapeText('a *b* _c_ @everyone')).toBe('a \\*b\\* \\_c\\_ @\u200beveryone');
  });

  it('splits half a million characters into message-sized chunks without losing a word', () => {
    const text = Array.from(
      { length: 25_000 },
      (_, index) => `Title ${index} (“quoted words ${index}”) [${(index % 9) + 1}];`,
    ).join(' ');
    const chunks = splitMessage(text);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(2000);
    expect(chunks.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('sends a huge decline in a bounded number of messages', () => {
    const result: AskResult = {
      status: 'declined',
      reason: 'not_in_corpus',
      answer: longLine,
      citations: [],
      engine: 'offline',
      corpusVersion: 'v',
    };
    const messages = renderAnswer(result);
    expect(messages.length).toBeLessThanOrEqual(MAX_TEXT_MESSAGES);
    expect(messages.at(-1)?.content).toMatch(/more messages of this answer left out/);
  });

  it('lists at most 40 of 10,000 sources, with a count of the rest', () => {
    const sources = Array.from({ length: 10_000 }, (_, index) => ({
      source: `n${index}.txt`,
      title: `T${index}`,
      outlet: null,
      date: null,
      characters: 1,
      paragraphs: 1,
      sentences: 1,
      quotations: 0,
    }));
    const text = renderSourceList(sources, 'v');
    expect(text.split('\n')).toHaveLength(42);
    expect(text).toMatch(/…and 9,960 more\.$/);
  });
});
