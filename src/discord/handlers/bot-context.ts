import type { LimitFunction } from 'p-limit';
import type { Logger } from 'pino';
import type { VerbatimService } from '../../app/verbatim-service.js';
import type { AppConfig } from '../../config/config.js';
import type { Clock } from '../policy/index.js';
import type { FeedbackLog } from '../policy/index.js';
import type { RateLimiter } from '../policy/index.js';

/** What every handler may use, built once by `startDiscordBot`. */
export interface BotContext {
  readonly config: AppConfig;
  readonly service: VerbatimService;
  readonly clock: Clock;
  readonly rateLimiter: RateLimiter;
  /** Bounds how many questions and checks run at once (DISCORD_CONCURRENCY). */
  readonly work: LimitFunction;
  readonly feedback: FeedbackLog;
  readonly fetch: typeof fetch;
}

/** One request: its id (shown to users on failure) and a logger carrying it. */
export interface RequestScope {
  readonly requestId: string;
  readonly logger: Logger;
}
