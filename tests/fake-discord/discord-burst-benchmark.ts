import { startBotUnderTest } from './bot-under-test.js';
import { measureInteractionBurst } from './measure-ack-latency.js';
import type { BurstReport } from './measure-ack-latency.js';

export interface DiscordBurstBenchmarkOptions {
  /** Interactions in the burst; default 100. */
  readonly count?: number;
  /** DISCORD_CONCURRENCY for the bot; default the config default. */
  readonly concurrency?: number;
}

/**
 * For `npm run bench`: starts the real bot on the real service (offline engine, a temporary copy
 * of seeds/) against a fresh fake Discord, sends `count` concurrent /ask from as many distinct
 * members (so the per-user rate limit does not interfere), and reports acknowledgement latency
 * (dispatch to callback) and time to the final answer. Everything stays on 127.0.0.1.
 */
export async function runDiscordBurstBenchmark(options: DiscordBurstBenchmarkOptions = {}): Promise<BurstReport> {
  const count = options.count ?? 100;
  const harness = await startBotUnderTest({
    env: { LOG_LEVEL: 'warn', ...(options.concurrency ? { DISCORD_CONCURRENCY: String(options.concurrency) } : {}) },
  });
  try {
    const users = Array.from({ length: count }, (_, index) => harness.discord.addMember(`bench.reader.${index}`));
    const questions = [
      'Who did Pompeo meet in Sochi?',
      'What did Putin say about collusion?',
      'What did Lavrov say about arms control?',
    ];
    return await measureInteractionBurst(harness.discord, {
      count,
      options: (index) => ({ question: questions[index % questions.length] ?? '' }),
      source: (index) => ({ user: users[index] }),
      timeoutMs: 60_000,
    });
  } finally {
    await harness.stop();
  }
}
