/**
 * One process of `npm run bench:large`: the real bot, on a copy of the corpus directory, against the fake Discord.
 * A moderator sends /reload after one file changed; as soon as it is acknowledged, a burst of 100 /ask from distinct
 * members goes out, as in `npm run bench`. Prints one JSON object: the acknowledgement latency (dispatch to callback)
 * of that burst, how many missed Discord's 3-second deadline, and how many were acknowledged before the reload ended.
 */
import { appendFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startBotUnderTest } from '../tests/fake-discord/bot-under-test.js';
import type { SentInteraction } from '../tests/fake-discord/start-fake-discord.js';
import { BROWN_QUESTIONS } from './brown-corpus.js';
import { summariseLatencies, type LatencyStats } from './latency-stats.js';

export interface ReloadBurstReport {
  readonly documents: number;
  /** From the /reload dispatch to its final report. */
  readonly reloadMs: number;
  readonly sent: number;
  readonly acknowledged: number;
  readonly ack: LatencyStats | null;
  /** Acknowledged after 3 s, or refused by the fake Discord for being late. */
  readonly missedDeadline: number;
  /** Acknowledged while the reload was still running: the burst really overlapped it. */
  readonly acknowledgedDuringReload: number;
  readonly answered: number;
}

const BURST = 100;
const DEADLINE_MS = 3_000;

async function main(): Promise<void> {
  const [directory] = process.argv.slice(2);
  if (!directory) throw new Error('usage: reload-burst-probe.ts CORPUS_DIR');
  const documents: Record<string, string> = {};
  for (const name of await readdir(directory)) documents[name] = await readFile(path.join(directory, name), 'utf8');
  const harness = await startBotUnderTest({ env: { LOG_LEVEL: 'warn', MAX_DOCUMENT_BYTES: '50000000' }, documents });
  try {
    const { discord } = harness;
    const changed = harness.service.sources()[0];
    if (!changed) throw new Error('The corpus has no documents');
    await appendFile(
      path.join(harness.corpusDir, changed.source),
      '\nThe council met again on Tuesday, a spokesman said, and “will meet again next week.”\n',
    );
    const reload = discord.sendSlashCommand('reload', {}, { user: 'moderator' });
    const reloaded = discord.waitForReply(reload, 600_000, (reply) =>
      /\*\*(Corpus reloaded|Reload failed)/.test(reply.message?.content ?? ''),
    );
    await discord.waitForAck(reload);
    const users = Array.from({ length: BURST }, (_, index) => discord.addMember(`bench.reader.${index}`));
    const asks: SentInteraction[] = users.map((user, index) =>
      discord.sendSlashCommand('ask', { question: BROWN_QUESTIONS[index % BROWN_QUESTIONS.length] ?? '' }, { user }),
    );
    const report = await reloaded;
    const acks = await Promise.allSettled(asks.map((interaction) => discord.waitForAck(interaction, 30_000)));
    const acknowledged = acks.flatMap((ack, index) =>
      ack.status === 'fulfilled' && ack.value.status < 400
        ? [{ at: ack.value.at, ms: ack.value.at - (asks[index]?.dispatchedAt ?? 0) }]
        : [],
    );
    const latencies = acknowledged.map((ack) => ack.ms);
    const answers = await Promise.allSettled(asks.map((interaction) => discord.waitForReply(interaction, 120_000)));
    const result: ReloadBurstReport = {
      documents: harness.service.sources().length,
      reloadMs: report.completedAt - reload.dispatchedAt,
      sent: asks.length,
      acknowledged: latencies.length,
      ack: latencies.length > 0 ? summariseLatencies(latencies) : null,
      missedDeadline: asks.length - latencies.filter((ms) => ms <= DEADLINE_MS).length,
      acknowledgedDuringReload: acknowledged.filter((ack) => ack.at < report.completedAt).length,
      answered: answers.filter((answer) => answer.status === 'fulfilled').length,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await harness.stop();
  }
}

await main();
