/** `npm start`: the Discord bot. Reads .env, checks the token, loads the corpus, connects. */
import { createVerbatim } from '../../app/create-verbatim.js';
import { createLogger } from '../../log/create-logger.js';
import { systemClock } from '../policy/index.js';
import { loadBotConfigOrReport } from './load-bot-config.js';
import { startDiscordBot } from './start-discord-bot.js';

async function main(): Promise<number> {
  // Checked before the corpus loads, so a missing token fails in a second with one clear line.
  const config = loadBotConfigOrReport();
  if (!config) return 1;
  const logger = createLogger(config.LOG_LEVEL);
  const service = await createVerbatim({ config, logger });
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
