import nock from 'nock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AskResult } from '../src/answer/ask-result.js';
import { checkGrounding } from '../src/answer/ground-citations.js';
import { createOfflineAnswerer } from '../src/answer/offline-answerer.js';
import {
  blockNetwork,
  CHAT_PATH,
  completionWith,
  JSON_HEADERS,
  loadFixture,
  modelReply,
  OPENAI_ORIGIN,
  recordRequests,
  type ChatRequestBody,
} from './fixtures/openai/replay.js';
import { loadSeedCorpus } from './fixtures/openai/seed-corpus.js';
import {
  createTestLlmAnswerer,
  STABILITY_ANSWER,
  STABILITY_QUESTION,
  TEST_API_KEY,
} from './fixtures/openai/test-llm-answerer.js';

const { corpus, request } = loadSeedCorpus();
const offline = createOfflineAnswerer();
const good = modelReply(STABILITY_ANSWER);

function chat() {
  const sent: ChatRequestBody[] = [];
  return { scope: recordRequests(nock(OPENAI_ORIGIN), sent), sent };
}

/** The user gets the offline engine's answer: grounded, no error text, no stack trace. */
async function expectOfflineAnswer(result: AskResult): Promise<void> {
  expect(result).toEqual(await offline.answer(request(STABILITY_QUESTION)));
  expect(checkGrounding(result, corpus)).toEqual([]);
  expect(result.answer).not.toMatch(/Error|\n\s+at |ECONN|status code|stack/);
}

beforeEach(() => {
  blockNetwork();
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('model failures: the user gets the offline answer, never a crash', () => {
  it('times out, retries once, then falls back', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).times(2).delay(1_000).reply(200, good, JSON_HEADERS);
    const { answerer, sleeps, logs } = createTestLlmAnswerer({ OPENAI_TIMEOUT_MS: '60' });
    const started = Date.now();

    const result = await answerer.answer(request(STABILITY_QUESTION));

    expect(Date.now() - started).toBeLessThan(900);
    expect(sent).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    await expectOfflineAnswer(result);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'timeout' });
  });

  it('stops retrying when the total budget for one question is spent', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).times(6).delay(1_000).reply(200, good, JSON_HEADERS);
    // Each attempt may take 900 ms, but the question's whole budget is 250 ms: the first call is cut short and none follows.
    const { answerer, logs } = createTestLlmAnswerer({
      OPENAI_TIMEOUT_MS: '900',
      OPENAI_TOTAL_TIMEOUT_MS: '250',
      OPENAI_MAX_RETRIES: '5',
    });
    const started = Date.now();

    const result = await answerer.answer(request(STABILITY_QUESTION));

    expect(Date.now() - started).toBeLessThan(700);
    expect(sent).toHaveLength(1);
    await expectOfflineAnswer(result);
    expect(logs.some((entry) => entry.message === 'no time left for another model call; not retrying')).toBe(true);
  });

  it('waits as long as a 429 Retry-After asks, then answers', async () => {
    const { scope, sent } = chat();
    scope
      .post(CHAT_PATH)
      .reply(429, loadFixture('error-429-rate-limit.json'), {
        ...JSON_HEADERS,
        'retry-after': '2',
        'x-ratelimit-remaining-requests': '0',
      })
      .post(CHAT_PATH)
      .reply(200, good, JSON_HEADERS);
    const { answerer, sleeps } = createTestLlmAnswerer();

    const result = await answerer.answer(request(STABILITY_QUESTION));

    expect(sleeps).toEqual([2_000]);
    expect(sent).toHaveLength(2);
    expect(result.engine).toBe('llm:gpt-4.1-mini');
    expect(checkGrounding(result, corpus)).toEqual([]);
  });

  it('does not wait when a 429 asks for longer than the cap, and falls back at once', async () => {
    const { scope, sent } = chat();
    scope
      .post(CHAT_PATH)
      .reply(429, loadFixture('error-429-rate-limit.json'), { ...JSON_HEADERS, 'retry-after': '3600' });
    const { answerer, sleeps } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(sleeps).toEqual([]);
    expect(sent).toHaveLength(1);
    await expectOfflineAnswer(result);
  });

  it('retries a 5xx with bounded backoff, then falls back', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).times(3).reply(500, loadFixture('error-500-server.json'), JSON_HEADERS);
    const { answerer, sleeps, logs } = createTestLlmAnswerer({ OPENAI_MAX_RETRIES: '2' });
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(sent).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeLessThanOrEqual(500);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] as number);
    await expectOfflineAnswer(result);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'server_error', status: 500 });
  });

  it('answers after a 503 when the retry succeeds', async () => {
    const { scope } = chat();
    scope
      .post(CHAT_PATH)
      .reply(503, loadFixture('error-500-server.json'), JSON_HEADERS)
      .post(CHAT_PATH)
      .reply(200, good, JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(result.engine).toBe('llm:gpt-4.1-mini');
  });

  it('survives network errors', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).times(2).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const { answerer, logs } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(sent).toHaveLength(2);
    await expectOfflineAnswer(result);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'network' });
  });

  it('feeds malformed JSON back once, then falls back', async () => {
    const { scope, sent } = chat();
    scope
      .post(CHAT_PATH)
      .times(2)
      .reply(200, completionWith('Sure! Here is the JSON you asked for: {"claims": [{"text": "Lavrov'), JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(sent).toHaveLength(2);
    expect(sent[1]?.messages[3]?.content).toContain('not valid JSON');
    await expectOfflineAnswer(result);
  });

  it('reads a reply wrapped in a markdown code fence', async () => {
    const { scope } = chat();
    const content = (good as { choices: { message: { content: string } }[] }).choices[0]?.message.content;
    scope.post(CHAT_PATH).reply(200, completionWith(`\`\`\`json\n${content}\n\`\`\``), JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(result.engine).toBe('llm:gpt-4.1-mini');
    expect(result.citations).toHaveLength(1);
  });

  it('falls back on a reply truncated at the token limit, without retrying', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).reply(200, loadFixture('truncated.json'), JSON_HEADERS);
    const { answerer, logs } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(sent).toHaveLength(1);
    await expectOfflineAnswer(result);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'truncated' });
  });

  it('falls back on a refusal', async () => {
    const { scope } = chat();
    scope.post(CHAT_PATH).reply(200, loadFixture('refusal.json'), JSON_HEADERS);
    const { answerer, logs } = createTestLlmAnswerer();
    const result = await answerer.answer(request(STABILITY_QUESTION));
    await expectOfflineAnswer(result);
    expect(result.answer).not.toContain("I'm sorry");
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'refusal' });
  });

  it('falls back on empty choices', async () => {
    const { scope } = chat();
    scope.post(CHAT_PATH).reply(200, loadFixture('empty-choices.json'), JSON_HEADERS);
    const { answerer, logs } = createTestLlmAnswerer();
    await expectOfflineAnswer(await answerer.answer(request(STABILITY_QUESTION)));
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'empty' });
  });

  it('falls back on a content filter', async () => {
    const { scope } = chat();
    scope.post(CHAT_PATH).reply(200, loadFixture('content-filter.json'), JSON_HEADERS);
    const { answerer, logs } = createTestLlmAnswerer();
    await expectOfflineAnswer(await answerer.answer(request(STABILITY_QUESTION)));
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'content_filter' });
  });

  it('falls back on a 200 that is not a chat completion (an HTML error page from a proxy)', async () => {
    const { scope } = chat();
    scope.post(CHAT_PATH).reply(200, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' });
    const { answerer } = createTestLlmAnswerer();
    await expectOfflineAnswer(await answerer.answer(request(STABILITY_QUESTION)));
  });

  it('falls back on a bad key without retrying, and never logs the key', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).reply(
      401,
      {
        error: {
          message:
            'Incorrect API key provided: sk-test-********************1111. You can find your API key at https://platform.openai.com/account/api-keys.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
      JSON_HEADERS,
    );
    const { answerer, logs } = createTestLlmAnswerer();
    await expectOfflineAnswer(await answerer.answer(request(STABILITY_QUESTION)));
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(logs)).not.toContain(TEST_API_KEY);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});

describe('servers without json_schema support', () => {
  it('retries with json_object after a 400 about response_format, and remembers it for this client', async () => {
    const { scope, sent } = chat();
    scope
      .post(CHAT_PATH)
      .reply(400, loadFixture('error-400-json-schema-unsupported.json'), JSON_HEADERS)
      .post(CHAT_PATH)
      .times(2)
      .reply(200, good, JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();

    const first = await answerer.answer(request(STABILITY_QUESTION));
    const second = await answerer.answer(request('What did Lavrov say about stability?'));

    expect(sent.map((body) => body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    expect(sent[1]?.messages.some((message) => /json/i.test(message.content))).toBe(true);
    expect(first.engine).toBe('llm:gpt-4.1-mini');
    expect(second.engine).toBe('llm:gpt-4.1-mini');
    expect(checkGrounding(first, corpus)).toEqual([]);
  });

  it('does not blame the server for a schema the API refuses, and keeps asking for json_schema', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).times(2).reply(400, loadFixture('error-400-invalid-schema.json'), JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    await expectOfflineAnswer(await answerer.answer(request(STABILITY_QUESTION)));
    await answerer.answer(request('What did Lavrov say about stability?'));
    expect(sent.map((body) => body.response_format?.type)).toEqual(['json_schema', 'json_schema']);
  });
});

describe('queue and cache', () => {
  it('answers a repeated question from the cache, without a call', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).reply(200, good, JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    const first = await answerer.answer(request(STABILITY_QUESTION));
    const again = await answerer.answer(request('  what did LAVROV say about strategic   stability '));
    expect(sent).toHaveLength(1);
    expect(again.answer).toBe(first.answer);
    expect(again.citations).toEqual(first.citations);
    expect(again.usage).toBeUndefined();
  });

  it('asks again when the corpus version changes', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).times(2).reply(200, good, JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    await answerer.answer(request(STABILITY_QUESTION));
    const changed = { ...request(STABILITY_QUESTION), corpus: { ...corpus, version: 'another-version' } };
    await answerer.answer(changed);
    expect(sent).toHaveLength(2);
  });

  it('does not cache a fallback, so the next ask tries the model again', async () => {
    const { scope, sent } = chat();
    scope
      .post(CHAT_PATH)
      .reply(200, loadFixture('refusal.json'), JSON_HEADERS)
      .post(CHAT_PATH)
      .reply(200, good, JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    expect((await answerer.answer(request(STABILITY_QUESTION))).engine).toBe('offline');
    expect((await answerer.answer(request(STABILITY_QUESTION))).engine).toBe('llm:gpt-4.1-mini');
    expect(sent).toHaveLength(2);
  });

  it('shares one call between identical questions asked at once', async () => {
    const { scope, sent } = chat();
    scope.post(CHAT_PATH).delay(30).reply(200, good, JSON_HEADERS);
    const { answerer } = createTestLlmAnswerer();
    const results = await Promise.all([
      answerer.answer(request(STABILITY_QUESTION)),
      answerer.answer(request(STABILITY_QUESTION)),
    ]);
    expect(sent).toHaveLength(1);
    expect(results.map((result) => result.engine)).toEqual(['llm:gpt-4.1-mini', 'llm:gpt-4.1-mini']);
  });

  it('bounds concurrent calls by OPENAI_CONCURRENCY', async () => {
    let open = 0;
    let mostOpen = 0;
    nock(OPENAI_ORIGIN)
      .post(CHAT_PATH)
      .times(3)
      .reply((_uri, _body, callback) => {
        open += 1;
        mostOpen = Math.max(mostOpen, open);
        setTimeout(() => {
          open -= 1;
          callback(null, [200, good, JSON_HEADERS]);
        }, 25);
      });
    const { answerer } = createTestLlmAnswerer({ OPENAI_CONCURRENCY: '1' });
    const questions = [
      STABILITY_QUESTION,
      'What did Lavrov say about stability?',
      'What did Lavrov say on strategic stability?',
    ];
    const results = await Promise.all(questions.map((question) => answerer.answer(request(question))));
    expect(mostOpen).toBe(1);
    expect(results.every((result) => result.engine === 'llm:gpt-4.1-mini')).toBe(true);
  });
});
