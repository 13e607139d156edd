import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AskResult, Citation } from '../src/answer/ask-result.js';
import type { VerifyResult } from '../src/quotes/verify-result.js';
import { defuseMentions, escapeText } from '../src/discord/rendering/escape-text.js';
import { extractClaim } from '../src/discord/handlers/extract-quote.js';
import { matchSpeakers } from '../src/discord/handlers/list-commands.js';
import { LIMITS, embedLength } from '../src/discord/rendering/message-limits.js';
import { isModerator } from '../src/discord/policy/moderator-check.js';
import { RateLimiter } from '../src/discord/policy/rate-limiter.js';
import { checkFileName, checkUtf8Text } from '../src/discord/handlers/read-attachment.js';
import { renderAnswer } from '../src/discord/rendering/render-answer.js';
import { renderDifference, renderVerdict } from '../src/discord/rendering/render-verdict.js';
import { protectedSpans, splitMessage } from '../src/discord/rendering/split-message.js';
import { whileTyping } from '../src/discord/rendering/typing-indicator.js';

function citation(n: number, quote: string): Citation {
  return {
    n,
    source: 'a.txt',
    title: 'A *bold* title',
    outlet: 'RT',
    date: '2019-05-14',
    speaker: 'Sergey Lavrov',
    quote,
    start: 0,
    end: quote.length,
  };
}

describe('splitMessage', () => {
  const word = fc.stringMatching(/^[a-z]{1,12}$/);
  const quotation = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => `“${words.join(' ')}”`);
  const citationMarker = fc.integer({ min: 1, max: 30 }).map((n) => `[${n}]`);
  const token = fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 1, arbitrary: quotation },
    { weight: 1, arbitrary: citationMarker },
    { weight: 1, arbitrary: fc.constantFrom('.', '\n', '\n\n') },
  );
  const text = fc.array(token, { minLength: 1, maxLength: 900 }).map((tokens) => tokens.join(' '));

  it('keeps every chunk within the limit, loses no words, and never cuts a quotation or a citation', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 400, max: 2000 }), (input, limit) => {
        const chunks = splitMessage(input, limit);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(limit);
        expect(chunks.join(' ').split(/\s+/).filter(Boolean)).toEqual(input.split(/\s+/).filter(Boolean));
        chunks.forEach((chunk, index) => {
          expect((chunk.match(/“/g) ?? []).length).toBe((chunk.match(/”/g) ?? []).length);
          // A citation stays with the words it cites, so no later chunk starts with one.
          if (index > 0)
            expect(chunk, JSON.stringify(chunks.map((c) => `${c.slice(0, 40)}…${c.slice(-40)}`))).not.toMatch(
              /^\[\d+\]/,
            );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('prefers paragraph breaks', () => {
    const first = 'a '.repeat(600).trim();
    const second = 'b '.repeat(600).trim();
    expect(splitMessage(`${first}\n\n${second}`, 2000)).toEqual([first, second]);
  });

  it('cuts inside a quotation only when the quotation alone exceeds a message', () => {
    const huge = `“${'word '.repeat(500).trim()}”`;
    const chunks = splitMessage(huge, 2000);
    expect(chunks.length).toBe(2);
    expect(chunks.every((chunk) => chunk.length <= 2000)).toBe(true);
  });

  it('treats a citation and the space before it as one piece', () => {
    expect(protectedSpans('he said [12] and')).toEqual([{ start: 7, end: 12 }]);
  });
});

describe('escaping', () => {
  it('shows user and corpus text literally and defuses mentions', () => {
    expect(escapeText('**bold** _it_ `code` ~~s~~ ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\|',
    );
    expect(escapeText('# heading\n> quote\n- item\n[link](https://x.test)')).toBe(
      '\\# heading\n\\> quote\n\\- item\n\\[link](https://x.test)',
    );
    expect(defuseMentions('@everyone @here <@123456789012345678> <@&123456789012345678>')).toBe(
      '@\u200beveryone @\u200bhere <@\u200b123456789012345678> <@\u200b&123456789012345678>',
    );
  });
});

describe('renderAnswer', () => {
  const base: AskResult = {
    status: 'answered',
    answer: 'Lavrov said: “we are *ready* to talk” [1]',
    citations: [citation(1, 'we are *ready* to talk')],
    engine: 'offline',
    corpusVersion: 'abc123',
  };

  it('escapes the prose and lists the citations with speaker, outlet, date and the quote', () => {
    const [message] = renderAnswer(base);
    expect(message?.content).toBe('Lavrov said: “we are \\*ready\\* to talk” [1]');
    expect(message?.embeds[0]?.fields?.[0]).toEqual({
      name: '[1] Sergey Lavrov · RT · 2019-05-14',
      value: '“we are \\*ready\\* to talk”\n— *A \\*bold\\* title*',
    });
    expect(message?.embeds[0]?.footer?.text).toBe('Corpus abc123 · offline');
  });

  it('keeps 40 citations within the embed limits of every message', () => {
    const citations = Array.from({ length: 40 }, (_, index) =>
      citation(index + 1, 'words of a quotation that is fairly long '.repeat(5)),
    );
    const messages = renderAnswer({ ...base, citations });
    const fields = messages.flatMap((message) => message.embeds.flatMap((embed) => embed.fields ?? []));
    expect(fields).toHaveLength(40);
    for (const message of messages) {
      expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect(message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
      for (const embed of message.embeds) expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    }
  });

  it('shows a quotation longer than an embed whole, across several embeds', () => {
    const words = Array.from({ length: 1500 }, (_, index) => `word${index}`);
    const quote = words.join(' ');
    const messages = renderAnswer({ ...base, answer: 'See the source. [1]', citations: [citation(1, quote)] });
    const descriptions = messages
      .flatMap((message) => message.embeds.map((embed) => embed.description ?? ''))
      .filter((text) => text.includes('word'));
    expect(descriptions.length).toBeGreaterThan(1);
    for (const description of descriptions) expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(descriptions.join(' ').match(/word\d+/g)).toEqual(words);
  });

  it('says plainly when it declines', () => {
    const [message] = renderAnswer({
      ...base,
      status: 'declined',
      citations: [],
      reason: 'not_in_corpus',
      answer: 'The articles never mention it.',
    });
    expect(message?.content).toBe("**I can't answer that from the corpus.**\nThe articles never mention it.");
  });
});

describe('renderVerdict', () => {
  it('marks removed and added words and shows the passage in context', () => {
    const result: VerifyResult = {
      verdict: 'altered',
      quote: 'we are totally ready to work',
      claimedSpeaker: 'Lavrov',
      speaker: 'Sergey Lavrov',
      match: {
        source: 'a.txt',
        text: 'we are ready to work together',
        start: 10,
        end: 39,
        context: 'He said: we are ready to work together. Then he left.',
      },
      differences: [
        { op: 'insert', corpus: '', claim: 'totally' },
        { op: 'delete', corpus: 'together', claim: '' },
      ],
      explanation: 'Two words differ.',
    };
    const sources = new Map([
      [
        'a.txt',
        {
          source: 'a.txt',
          title: 'Talks',
          outlet: 'RT',
          date: '2019-05-14',
          characters: 1,
          paragraphs: 1,
          sentences: 1,
          quotations: 1,
        },
      ],
    ]);
    const text = renderVerdict(result, sources);
    expect(text).toContain('✏️ **Altered**');
    expect(text).toContain('**Your quote** (attributed to Lavrov): *we are totally ready to work*');
    expect(text).not.toContain('“we are totally ready to work”');
    expect(text).toContain('**In the corpus**, said by **Sergey Lavrov**, *Talks* (RT, 2019-05-14):');
    expect(text).toContain('> He said: **we are ready to work together**. Then he left.');
    expect(text).toContain('• added: **totally**');
    expect(text).toContain('• removed: ~~together~~');
    expect(renderDifference({ op: 'replace', corpus: 'ready', claim: 'eager' })).toBe(
      '• changed: ~~ready~~ → **eager**',
    );
  });
});

describe('quotes in messages', () => {
  it('finds curly, straight and guillemet quotations, or takes the whole text', () => {
    expect(extractClaim('Putin said “no interference at all” and “nothing else”').quotes).toEqual([
      'no interference at all',
      'nothing else',
    ]);
    expect(extractClaim('He said "we will talk" today').quotes).toEqual(['we will talk']);
    expect(extractClaim('«nous sommes prêts» dit-il').quotes).toEqual(['nous sommes prêts']);
    expect(extractClaim('no quotation marks here at all')).toEqual({
      quotes: ['no quotation marks here at all'],
      narration: '',
    });
  });

  it('autocompletes speakers by word prefix first', () => {
    expect(matchSpeakers(['Vladimir Putin', 'Sergey Lavrov', 'US State Department'], 'la')).toEqual([
      'Sergey Lavrov',
      'Vladimir Putin',
    ]);
    expect(
      matchSpeakers(
        Array.from({ length: 40 }, (_, index) => `Speaker ${index}`),
        '',
      ),
    ).toHaveLength(25);
  });
});

describe('moderators', () => {
  const rule = { moderatorRoleIds: ['111111111111111111'], ownerUserIds: ['222222222222222222'] };
  it('are Manage Server holders or moderator-role members in guilds, and owners in DMs', () => {
    expect(isModerator({ userId: '1', inGuild: true, permissions: 1n << 5n, roleIds: [] }, rule)).toBe(true);
    expect(isModerator({ userId: '1', inGuild: true, permissions: 0n, roleIds: ['111111111111111111'] }, rule)).toBe(
      true,
    );
    expect(isModerator({ userId: '222222222222222222', inGuild: true, permissions: 0n, roleIds: [] }, rule)).toBe(
      false,
    );
    expect(isModerator({ userId: '222222222222222222', inGuild: false, permissions: null, roleIds: [] }, rule)).toBe(
      true,
    );
    expect(isModerator({ userId: '1', inGuild: false, permissions: null, roleIds: ['111111111111111111'] }, rule)).toBe(
      false,
    );
  });
});

describe('uploads', () => {
  it('accepts plain .txt and .md names and refuses paths and other types', () => {
    expect(checkFileName('sochi-2019_05.md')).toBe('sochi-2019_05.md');
    for (const name of [
      '../x.txt',
      'a/b.txt',
      'a\\b.txt',
      '..txt',
      '.hidden.txt',
      'x.exe',
      'x.txt.exe',
      'spaced name.txt',
      'ü.txt',
    ]) {
      expect(() => checkFileName(name), name).toThrow();
    }
  });
  it('refuses invalid UTF-8 and control bytes', () => {
    expect(checkUtf8Text(new TextEncoder().encode('Привет, “мир”'))).toBe('Привет, “мир”');
    expect(() => checkUtf8Text(new Uint8Array([0xc3, 0x28]))).toThrow(/not UTF-8/);
    expect(() => checkUtf8Text(new Uint8Array([0x61, 0x00, 0x62]))).toThrow(/binary/);
  });
});

describe('RateLimiter', () => {
  it('allows N per user per sliding minute and says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(2, { now: () => now });
    expect(limiter.take('a').allowed).toBe(true);
    now = 10_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('whileTyping', () => {
  afterEach(() => vi.useRealTimers());
  it('keeps the typing indicator alive until the work is done, and ignores typing failures', async () => {
    vi.useFakeTimers();
    let typed = 0;
    let finish: (value: string) => void = () => {};
    const work = whileTyping(
      async () => {
        typed += 1;
        throw new Error('typing is cosmetic');
      },
      () => new Promise<string>((resolve) => (finish = resolve)),
    );
    await vi.advanceTimersByTimeAsync(25_000);
    expect(typed).toBe(4);
    finish('done');
    expect(await work).toBe('done');
    await vi.advanceTimersByTimeAsync(25_000);
    expect(typed).toBe(4);
  });
});
