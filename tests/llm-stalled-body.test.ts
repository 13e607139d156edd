import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOfflineAnswerer } from '../src/answer/offline-answerer.js';
import { blockNetwork } from './fixtures/openai/replay.js';
import { loadSeedCorpus } from './fixtures/openai/seed-corpus.js';
import { createTestLlmAnswerer, STABILITY_QUESTION } from './fixtures/openai/test-llm-answerer.js';

const { request } = loadSeedCorpus();

/** A model server that sends its headers and the first 40 bytes of a reply, then nothing, ever. */
function startStallingServer(): Promise<{ server: Server; baseUrl: string; requests: () => number }> {
  let count = 0;
  const server = createServer((_request, response) => {
    count++;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('{"id":"chatcmpl-stall","object":"chat.com');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}/v1`, requests: () => count });
    });
  });
}

let stalling: Awaited<ReturnType<typeof startStallingServer>>;

beforeEach(async () => {
  blockNetwork();
  stalling = await startStallingServer();
});

afterEach(async () => {
  stalling.server.closeAllConnections();
  await new Promise((resolve) => stalling.server.close(resolve));
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('a model reply that stalls after its headers', () => {
  it('is cut off by the per-attempt budget, retried, then the offline answer follows', async () => {
    const { answerer, logs } = createTestLlmAnswerer({
      OPENAI_BASE_URL: stalling.baseUrl,
      // Long enough for each attempt to reach the server on a loaded machine; the stall is what ends it.
      OPENAI_TIMEOUT_MS: '1500',
      OPENAI_TOTAL_TIMEOUT_MS: '20000',
      OPENAI_MAX_RETRIES: '1',
    });

    const result = await answerer.answer(request(STABILITY_QUESTION));

    expect(result).toEqual(await createOfflineAnswerer().answer(request(STABILITY_QUESTION)));
    expect(stalling.requests()).toBe(2);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'timeout' });
  });

  it('is cut off by the total budget when it is shorter than one attempt', async () => {
    const { answerer, logs } = createTestLlmAnswerer({
      OPENAI_BASE_URL: stalling.baseUrl,
      OPENAI_TIMEOUT_MS: '20000',
      OPENAI_TOTAL_TIMEOUT_MS: '300',
      OPENAI_MAX_RETRIES: '3',
    });

    const result = await answerer.answer(request(STABILITY_QUESTION));

    expect(result.engine).toBe('offline');
    expect(stalling.requests()).toBe(1);
    expect(logs.find((entry) => entry.level === 'warn')?.details).toMatchObject({ kind: 'timeout' });
  });
});
