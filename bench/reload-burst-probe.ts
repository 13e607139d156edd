/**
 * One process of `npm run bench:large`: the real bot, on a copy of the corpus directory, against the fake Discord.
 * A moderator sends /reload after one file changed; as soon as it is acknowledged, a burst of 100 /ask from distinct
 * members goes out, as in `npm run bench`. Prints one JSON object: the acknowledgement latency (dispatch to callback)
 * of that burst, how many missed Discord's 3-second deadline, and how many were acknowledged before the reload ended.
 */
import { appendFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startBotUnderTest } from '../tests/fake-discord/bot-under-test.js';
import type { FakeDiscord, SentInteraction } from '../tests/fake-discord/start-fake-discord.js';
import { BROWN_QUESTIONS } from './brown-corpus.js';
import { summariseLatencies, type LatencyStats } from './latency-stats.js';

export interface BurstMeasure {
  readonly sent: number;
  readonly acknowledged: number;
  readonly ack: LatencyStats | null;
  /** Acknowledged after 3 s, or refused by the fake Discord for being late. */
  readonly missedDeadline: number;
  /** Acknowledged before `until` (the end of the reload): the burst really overlapped it. */
  readonly acknowledgedBefore: number;
  readonly answered: number;
}

export interface ReloadBurstReport {
  readonly documents: number;
  /** The same burst with no reload running, on the same machine at the same moment, to read the other against. */
  readonly quiet: BurstMeasure;
  /** From the /reload dispatch to its final report. */
  readonly reloadMs: number;
  readonly duringReload: BurstMeasure;
}

const BURST = 100;
const DEADLINE_MS = 3_000;

/** Sends BURST /ask at once, each from its own member so the per-user rate limit stays out of the way. */
function sendBurst(discord: FakeDiscord, name: string): SentInteraction[] {
  return Array.from({ length: BURST }, (_, index) =>
    discord.sendSlashCommand(
      'ask',
      { question: BROWN_QUESTIONS[index % BROWN_QUESTIONS.length] ?? '' },
      { user: discord.addMember(`bench.${name}.${index}`) },
    ),
  );
}

async function measureBurst(
  discord: FakeDiscord,
  asks: readonly SentInteraction[],
  until: number,
): Promise<BurstMeasure> {
  const acks = await Promise.allSettled(asks.map((interaction) => discord.waitForAck(interaction, 30_000)));
  const acknowledged = acks.flatMap((ack, index) =>
    ack.status === 'fulfilled' && ack.value.status < 400
      ? [{ at: ack.value.at, ms: ack.value.at - (asks[index]?.dispatchedAt ?? 0) }]
      : [],
  );
  const latencies = acknowledged.map((ack) => ack.ms);
  const answers = await Promise.allSettled(asks.map((interaction) => discord.waitForReply(interaction, 120_000)));
  return {
    sent: asks.length,
    acknowledged: latencies.length,
    ack: latencies.length > 0 ? summariseLatencies(latencies) : null,
    missedDeadline: asks.length - latencies.filter((ms) => ms <= DEADLINE_MS).length,
    acknowledgedBefore: acknowledged.filter((ack) => ack.at < until).length,
    answered: answers.filter((answer) => answer.status === 'fulfilled').length,
  };
}

async function main(): Promise<void> {
  const [directory] = process.argv.slice(2);
  if (!directory) throw new Error('usage: reload-burst-probe.ts CORPUS_DIR');
  const documents: Record<string, string> = {};
  for (const name of await readdir(directory)) documents[name] = await readFile(path.join(directory, name), 'utf8');
  const harness = await startBotUnderTest({ env: { LOG_LEVEL: 'warn' }, documents });
  try {
    const { discord } = harness;
    const quiet = await measureBurst(discord, sendBurst(discord, 'quiet'), Number.POSITIVE_INFINITY);
    const changed = harness.service.sources()[0];
    if (!changed) throw new Error('The corpus has no documents');
    await appendFile(
      path.join(harness.corpusDir, changed.source),
      '\nThe council met again on Tuesday, a spokesman said, and “will meet again next week.”\n',
    );
    const reload = discord.sendSlashCommand('reload', {}, { user: 'moderator' });
    const reloaded = discord.waitForReply(reload, 600_000, (reply) =>
      /\*\*(?:Corpus reloaded|Reload failed)/.test(reply.message?.content ?? ''),
    );
    await discord.waitForAck(reload);
    const asks = sendBurst(discord, 'reload');
    const report = await reloaded;
    const result: ReloadBurstReport = {
      documents: harness.service.sources().length,
      quiet,
      reloadMs: report.completedAt - reload.dispatchedAt,
      duringReload: await measureBurst(discord, asks, report.completedAt),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await harness.stop();
  }
}

await main();
