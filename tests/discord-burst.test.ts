import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';
import { measureInteractionBurst } from './fake-discord/index.js';

describe('a burst of 100 concurrent /ask interactions', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest({ env: { DISCORD_CONCURRENCY: '8' } });
  });
  afterAll(async () => harness?.stop());

  it("acknowledges every one within Discord's 3 seconds and answers them all", async () => {
    const { discord } = harness;
    const users = Array.from({ length: 100 }, (_, index) => discord.addMember(`reader.${index}`));
    const questions = [
      'Who did Pompeo meet in Sochi?',
      'What did Putin say about collusion?',
      'What did Lavrov say about arms control?',
    ];
    const report = await measureInteractionBurst(discord, {
      count: 100,
      options: (index) => ({ question: questions[index % questions.length] ?? '' }),
      source: (index) => ({ user: users[index] }),
      timeoutMs: 20_000,
    });
    expect(report.failures).toEqual([]);
    expect(report.acknowledged).toBe(100);
    expect(report.answered).toBe(100);
    // The fake refuses callbacks after 3 s, so every acknowledgement arrived in time; p99 shows the margin.
    expect(report.ack.p99).toBeLessThan(3_000);
    const callbacks = discord.requests.filter((request) => request.route.endsWith('/callback'));
    expect(callbacks.every((request) => request.status === 204 && (request.body as { type: number }).type === 5)).toBe(
      true,
    );
    console.log(
      `burst of 100: ack p50 ${report.ack.p50} ms, p99 ${report.ack.p99} ms; answer p50 ${report.answer?.p50} ms, p99 ${report.answer?.p99} ms; wall ${report.wallMs} ms`,
    );
  });
});
