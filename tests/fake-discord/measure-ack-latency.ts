import { performance } from 'node:perf_hooks';
import type { OptionValue, InteractionSource } from './interaction-payloads.js';
import type { FakeDiscord, SentInteraction } from './start-fake-discord.js';

interface LatencyStats {
  readonly count: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export interface BurstOptions {
  /** How many interactions to dispatch at once. */
  readonly count: number;
  /** Slash command name; default `ask`. */
  readonly command?: string;
  /** Options for the i-th interaction; default `{ question: ... }` varied per interaction. */
  readonly options?: (index: number) => Readonly<Record<string, OptionValue>>;
  /** Who sends the i-th interaction; default the ordinary member (mind the bot's per-user rate limit). */
  readonly source?: (index: number) => InteractionSource;
  /** Also wait for every final answer and report time to answer. Default true. */
  readonly waitForAnswers?: boolean;
  readonly timeoutMs?: number;
}

export interface BurstReport {
  readonly sent: number;
  readonly acknowledged: number;
  readonly answered: number;
  /** Dispatch (frame written) to interaction callback received, in ms. */
  readonly ack: LatencyStats;
  /** Dispatch to the reply becoming complete, in ms; null when answers were not awaited. */
  readonly answer: LatencyStats | null;
  /** From the first dispatch until the last answer (or ack), in ms. */
  readonly wallMs: number;
  /** Why interactions failed, one line each. */
  readonly failures: readonly string[];
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Nearest-rank percentiles, in milliseconds rounded to 0.1. */
function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(mean),
  };
}

/**
 * Dispatches a burst of slash commands at once to a bot logged in to `discord` and measures
 * acknowledgement latency (dispatch to callback) and time to the final answer.
 * The bot must already be connected (`await discord.waitForIdentify()`).
 */
export async function measureInteractionBurst(discord: FakeDiscord, options: BurstOptions): Promise<BurstReport> {
  const command = options.command ?? 'ask';
  const optionsFor =
    options.options ?? ((index: number) => ({ question: `What did Lavrov say about arms control? (${index})` }));
  const sourceFor = options.source ?? (() => ({}));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const started = performance.now();
  const sent: SentInteraction[] = [];
  for (let index = 0; index < options.count; index += 1)
    sent.push(discord.sendSlashCommand(command, optionsFor(index), sourceFor(index)));

  const failures: string[] = [];
  const acks = await Promise.allSettled(sent.map((interaction) => discord.waitForAck(interaction, timeoutMs)));
  const ackLatencies: number[] = [];
  acks.forEach((result, index) => {
    if (result.status === 'fulfilled') ackLatencies.push(result.value.at - (sent[index]?.dispatchedAt ?? 0));
    else failures.push(`ack ${index}: ${String(result.reason)}`);
  });
  if (options.waitForAnswers === false) {
    return {
      sent: sent.length,
      acknowledged: ackLatencies.length,
      answered: 0,
      ack: latencyStats(ackLatencies),
      answer: null,
      wallMs: performance.now() - started,
      failures,
    };
  }
  const replies = await Promise.allSettled(sent.map((interaction) => discord.waitForReply(interaction, timeoutMs)));
  const answerLatencies: number[] = [];
  let lastAnswer = started;
  replies.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      answerLatencies.push(result.value.completedAt - (sent[index]?.dispatchedAt ?? 0));
      lastAnswer = Math.max(lastAnswer, result.value.completedAt);
    } else failures.push(`answer ${index}: ${String(result.reason)}`);
  });
  return {
    sent: sent.length,
    acknowledged: ackLatencies.length,
    answered: answerLatencies.length,
    ack: latencyStats(ackLatencies),
    answer: latencyStats(answerLatencies),
    wallMs: Math.round(lastAnswer - started),
    failures,
  };
}
