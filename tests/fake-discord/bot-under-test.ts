import { chmod, cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import nock from 'nock';
import { createVerbatim } from '../../src/app/create-verbatim.js';
import type { VerbatimService } from '../../src/app/verbatim-service.js';
import { parseConfig } from '../../src/config/config.js';
import type { AppConfig } from '../../src/config/config.js';
import type { Clock } from '../../src/discord/policy/clock.js';
import { startDiscordBot } from '../../src/discord/entry/index.js';
import type { RunningBot } from '../../src/discord/entry/index.js';
import { createLogger } from '../../src/log/create-logger.js';
import { startFakeDiscord } from './start-fake-discord.js';
import type { FakeDiscord, FakeDiscordOptions } from './start-fake-discord.js';

const SEEDS = new URL('../../seeds/', import.meta.url);

/** A clock tests move by hand (the rate limiter reads it). */
interface ManualClock extends Clock {
  advance(ms: number): void;
}

function manualClock(start = Date.now()): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Every log line the bot wrote, parsed. */
interface CapturedLogs {
  readonly lines: Record<string, unknown>[];
  text(): string;
}

export interface BotUnderTest {
  readonly discord: FakeDiscord;
  readonly bot: RunningBot;
  readonly service: VerbatimService;
  readonly config: AppConfig;
  readonly clock: ManualClock;
  readonly logs: CapturedLogs;
  readonly corpusDir: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface BotUnderTestOptions {
  /** Extra environment, e.g. RATE_LIMIT_PER_MINUTE. */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra corpus documents, by file name. */
  readonly documents?: Readonly<Record<string, string>>;
  readonly fake?: FakeDiscordOptions;
}

/**
 * The real bot on the real service, over a temporary copy of seeds/, connected to a fresh fake
 * Discord. The network is closed except 127.0.0.1. Moderator role: the fake's "Fact checkers";
 * owner: the fake guild's owner.
 */
export async function startBotUnderTest(options: BotUnderTestOptions = {}): Promise<BotUnderTest> {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const root = await mkdtemp(join(tmpdir(), 'verbatim-discord-'));
  const corpusDir = join(root, 'corpus');
  const dataDir = join(root, 'data');
  await cp(SEEDS, corpusDir, { recursive: true });
  // seeds/ is read-only in the repository; the copy must be writable for reload and upload tests.
  for (const name of await readdir(corpusDir)) await chmod(join(corpusDir, name), 0o644);
  for (const [name, text] of Object.entries(options.documents ?? {})) await writeFile(join(corpusDir, name), text);

  const discord = await startFakeDiscord(options.fake);
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = parseConfig({
    CORPUS_DIR: corpusDir,
    DATA_DIR: dataDir,
    // Debug, so tests can check what reached the log (lines are kept in memory, not printed).
    LOG_LEVEL: 'debug',
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    MODERATOR_ROLE_IDS: discord.world.roles.factCheckers,
    OWNER_USER_IDS: discord.world.users.owner.id,
    ...options.env,
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const service = await createVerbatim({ config, logger });
  const clock = manualClock();
  const bot = await startDiscordBot({ config, service, logger, clock });
  return {
    discord,
    bot,
    service,
    config,
    clock,
    logs: { lines, text: () => lines.map((line) => JSON.stringify(line)).join('\n') },
    corpusDir,
    dataDir,
    stop: async () => {
      await bot.stop(2_000);
      await discord.close();
      // A reload's snapshot may still be being written into the data directory.
      await service.storedInBackground();
      await rm(root, { recursive: true, force: true });
    },
  };
}
