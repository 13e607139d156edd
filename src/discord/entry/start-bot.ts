/** `npm start`: the Discord bot. Reads .env, checks the token, loads the corpus, connects; with SHARDS, starts one process per shard. */
import { createVerbatim } from '../../app/create-verbatim.js';
import type { AppConfig } from '../../config/config.js';
import { createLogger, type Logger } from '../../log/create-logger.js';
import { followReloadNotices, RELOAD_NOTICE, withReloadNotices } from './shard-reloads.js';
import { startShards } from './start-shards.js';
import { systemClock } from '../policy/index.js';
import { loadBotConfigOrReport } from './load-bot-config.js';
import { startDiscordBot } from './start-discord-bot.js';

async function manageShards(config: AppConfig, logger: Logger): Promise<number> {
  let manager: Awaited<ReturnType<typeof startShards>>;
  try {
    manager = await startShards(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'could not start the shards');
    console.error(`Could not start the shards: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const running = manager;
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping every shard');
    for (const shard of running.shards.values()) shard.kill();
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return 0;
}

async function main(): Promise<number> {
  // Checked before the corpus loads, so a missing token fails in a second with one clear line.
  const config = loadBotConfigOrReport();
  if (!config) return 1;
  const logger = createLogger(config.LOG_LEVEL);
  // discord.js marks the processes its ShardingManager starts; only the first process becomes the manager.
  const inShard = process.env.SHARDING_MANAGER === 'true';
  if (config.SHARDS && !inShard) return manageShards(config, logger);
  // discord.js's Client reads SHARDS as its own shard list (JSON): outside a shard an empty SHARDS= must not reach it.
  if (!inShard) delete process.env.SHARDS;
  const corpus = await createVerbatim({ config, logger });
  if (inShard) followReloadNotices(corpus, logger);
  const service = inShard ? withReloadNotices(corpus, () => process.send?.(RELOAD_NOTICE)) : corpus;
  let bot: Awaited<ReturnType<typeof startDiscordBot>>;
  try {
    bot = await startDiscordBot({ config, service, logger, clock: systemClock });
  } catch (error) {
    logger.fatal({ err: error }, 'could not connect to Discord');
    console.error(`Could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const running = bot;
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal while stopping means "now".
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return 0;
}

const code = await main();
if (code !== 0) process.exit(code);
