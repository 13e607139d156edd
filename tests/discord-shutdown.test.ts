import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shutdownGraceMs, parseConfig } from '../src/config/config.js';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';
import { CHAT_PATH, JSON_HEADERS, modelReply, OPENAI_ORIGIN } from './fixtures/openai/replay.js';
import { STABILITY_ANSWER, STABILITY_QUESTION, TEST_API_KEY } from './fixtures/openai/test-llm-answerer.js';

describe('shutdown with a model answer in flight', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest({
      env: {
        OPENAI_API_KEY: TEST_API_KEY,
        OPENAI_TIMEOUT_MS: '20000',
        OPENAI_TOTAL_TIMEOUT_MS: '25000',
        SHUTDOWN_GRACE_MS: '20000',
      },
    });
  });
  afterAll(async () => {
    nock.cleanAll();
    await harness?.stop();
  });

  it('delivers the answer in flight, tells newcomers to try again, then disconnects', async () => {
    const { discord } = harness;
    let modelCalled!: () => void;
    const modelStarted = new Promise<void>((resolve) => (modelCalled = resolve));
    let releaseModel!: () => void;
    const modelMayAnswer = new Promise<void>((resolve) => (releaseModel = resolve));
    const model = nock(OPENAI_ORIGIN)
      .post(CHAT_PATH)
      .reply((_uri, _body, callback) => {
        modelCalled();
        void modelMayAnswer.then(() => callback(null, [200, modelReply(STABILITY_ANSWER), JSON_HEADERS]));
      });

    const inFlight = discord.sendSlashCommand('ask', { question: STABILITY_QUESTION });
    await modelStarted;
    const stopped = harness.bot.stop();

    const late = await discord.waitForReply(
      discord.sendSlashCommand('ask', { question: 'Who did Pompeo meet in Sochi?' }, { user: 'member' }),
    );
    expect(late.message?.content).toBe('Verbatim is restarting. Please try again in a minute.');
    expect(late.ephemeral).toBe(true);
    const lateDm = discord.sendDirectMessage('Who did Pompeo meet in Sochi?', 'member');
    const dmReply = await discord.waitForChannelMessage(lateDm.channel_id, (message) => message.author.bot === true);
    expect(dmReply.content).toBe('Verbatim is restarting. Please try again in a minute.');

    releaseModel();
    await stopped;
    expect(model.isDone()).toBe(true);
    const answer = await discord.waitForReply(inFlight);
    expect(answer.message?.content).toContain('strategic stability');
    expect(harness.logs.lines.some((line) => line.msg === 'disconnected from Discord')).toBe(true);
    expect(
      harness.logs.lines.some((line) => line.msg === 'grace period over; requests still in flight are dropped'),
    ).toBe(false);
  });

  it('waits by default longer than a model answer may take', () => {
    const config = parseConfig({ OPENAI_TOTAL_TIMEOUT_MS: '45000' });
    expect(shutdownGraceMs(config)).toBeGreaterThan(config.OPENAI_TOTAL_TIMEOUT_MS);
    expect(shutdownGraceMs(parseConfig({ SHUTDOWN_GRACE_MS: '5000' }))).toBe(5000);
  });
});
