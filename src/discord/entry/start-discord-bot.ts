import { join } from 'node:path';
import { Events } from 'discord.js';
import type { Client } from 'discord.js';
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { VerbatimService } from '../../app/verbatim-service.js';
import { shutdownGraceMs, type AppConfig } from '../../config/config.js';
import type { BotContext } from '../handlers/index.js';
import type { Clock } from '../policy/index.js';
import { createDiscordClient } from './create-discord-client.js';
import { handleDirectMessage } from '../handlers/index.js';
import { FeedbackLog } from '../policy/index.js';
import { createInteractionRouter } from '../handlers/index.js';
import { RateLimiter } from '../policy/index.js';
import { refuseInteractionWhileStopping, refuseMessageWhileStopping } from '../handlers/index.js';

export interface DiscordBotDependencies {
  readonly config: AppConfig;
  readonly service: VerbatimService;
  readonly logger: Logger;
  readonly clock: Clock;
  /** For attachment downloads; the global fetch by default. */
  readonly fetch?: typeof fetch;
  /** How long to wait for Discord to say the client is ready. */
  readonly readyTimeoutMs?: number;
}

export interface RunningBot {
  readonly client: Client;
  readonly feedbackLogPath: string;
  /** Requests being handled right now. */
  inFlight(): number;
  /** Stops taking new work, lets work in flight finish (up to `graceMs`, SHUTDOWN_GRACE_MS by default), then disconnects. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Wires the bot: client, router, DM handler, rate limiter, concurrency bound and feedback log,
 * then logs in and resolves once Discord has sent READY and the guilds.
 * @throws Error when DISCORD_TOKEN is missing or login fails.
 */
export async function startDiscordBot(dependencies: DiscordBotDependencies): Promise<RunningBot> {
  const { config, service, logger, clock } = dependencies;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const client = createDiscordClient(config);
  const feedback = new FeedbackLog(join(config.DATA_DIR, 'feedback.jsonl'), clock);
  const context: BotContext = {
    config,
    service,
    clock,
    rateLimiter: new RateLimiter(config.RATE_LIMIT_PER_MINUTE, clock),
    work: pLimit(config.DISCORD_CONCURRENCY),
    feedback,
    fetch: dependencies.fetch ?? fetch,
  };
  const router = createInteractionRouter(context, logger);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const track = (work: Promise<void>) => {
    // Handlers report their own errors; this only keeps a slip from becoming an unhandled rejection.
    const guarded = work.catch((error: unknown) => logger.error({ err: error }, 'unhandled error in a handler'));
    inFlight.add(guarded);
    void guarded.finally(() => inFlight.delete(guarded));
  };

  client.on(Events.InteractionCreate, (interaction) => {
    track(stopping ? refuseInteractionWhileStopping(interaction, logger) : router(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    track(stopping ? refuseMessageWhileStopping(message, logger) : handleDirectMessage(message, context, logger));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardError, (error) => logger.warn({ err: error }, 'gateway connection error'));
  client.on(Events.Warn, (message) => logger.warn(message));

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('Discord did not report ready in time')),
      dependencies.readyTimeoutMs ?? 60_000,
    );
    client.once(Events.ClientReady, (readyClient) => {
      clearTimeout(timer);
      logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
      resolve();
    });
  });
  try {
    // Before the first interaction can arrive, so that none waits for it.
    service.warmUp();
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }

  return {
    client,
    feedbackLogPath: feedback.filePath,
    inFlight: () => inFlight.size,
    stop: async (graceMs = shutdownGraceMs(config)) => {
      stopping = true;
      logger.info({ inFlight: inFlight.size, graceMs }, 'stopping: finishing requests in flight');
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      clearTimeout(timer);
      if (inFlight.size > 0)
        logger.warn({ inFlight: inFlight.size, graceMs }, 'grace period over; requests still in flight are dropped');
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
