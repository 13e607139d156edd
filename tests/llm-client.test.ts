import nock from 'nock';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOfflineAnswerer } from '../src/answer/offline-answerer.js';
import { parseConfig } from '../src/config/config.js';
import { createLlmAnswerer } from '../src/llm/index.js';
import {
  blockNetwork,
  CHAT_PATH,
  JSON_HEADERS,
  modelReply,
  OPENAI_ORIGIN,
  recordRequests,
  type ChatRequestBody,
} from './fixtures/openai/replay.js';
import { loadSeedCorpus } from './fixtures/openai/seed-corpus.js';
import { STABILITY_ANSWER, STABILITY_QUESTION } from './fixtures/openai/test-llm-answerer.js';

const { request } = loadSeedCorpus();
const reply = modelReply(STABILITY_ANSWER);

const savedEnv = { ...process.env };

beforeEach(() => {
  blockNetwork();
});

afterEach(() => {
  process.env = { ...savedEnv };
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the OpenAI client is built from config only', () => {
  it('talks to a local OpenAI-compatible server without a key, with max_tokens', async () => {
    const sent: ChatRequestBody[] = [];
    let authorization = '';
    recordRequests(nock('http://llm.internal:11434'), sent)
      .post('/v1/chat/completions')
      .reply(function () {
        authorization = String(this.req.headers.authorization);
        return [200, reply, JSON_HEADERS];
      });
    const config = parseConfig({
      OPENAI_BASE_URL: 'http://llm.internal:11434/v1',
      OPENAI_MODEL: 'qwen2.5:7b-instruct',
      OPENAI_MAX_OUTPUT_TOKENS: '600',
    });
    const answerer = createLlmAnswerer({ config, fallback: createOfflineAnswerer() });

    const result = await answerer.answer(request(STABILITY_QUESTION));

    expect(result.engine).toBe('llm:qwen2.5:7b-instruct');
    expect(authorization).toBe('Bearer not-needed');
    expect(sent[0]?.model).toBe('qwen2.5:7b-instruct');
    expect(sent[0]?.max_tokens).toBe(600);
    expect(sent[0]?.max_completion_tokens).toBeUndefined();
  });

  it('ignores OPENAI_* variables in the environment that config did not pass', async () => {
    process.env.OPENAI_BASE_URL = 'http://elsewhere.invalid/v1';
    process.env.OPENAI_ORG_ID = 'org-from-the-environment';
    let organization: unknown;
    nock(OPENAI_ORIGIN)
      .post(CHAT_PATH)
      .reply(function () {
        organization = this.req.headers['openai-organization'];
        return [200, reply, JSON_HEADERS];
      });
    const answerer = createLlmAnswerer({
      config: parseConfig({ OPENAI_API_KEY: 'sk-test' }),
      fallback: createOfflineAnswerer(),
    });
    const result = await answerer.answer(request(STABILITY_QUESTION));
    expect(result.engine).toBe('llm:gpt-4.1-mini');
    expect(organization).toBeUndefined();
  });
});
