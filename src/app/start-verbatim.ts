import type { AppConfig } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger, type Logger } from '../log/create-logger.js';
import { createVerbatim } from './create-verbatim.js';
import type { VerbatimService } from './verbatim-service.js';

export interface StartedVerbatim {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly service: VerbatimService;
}

/**
 * Reads `.env` and the environment once, validates them, and builds the service.
 * The CLI and its chat start through this. The bot loads its config with its Discord settings (load-bot-config.ts)
 * and the benchmarks build one per corpus; both then call `createVerbatim` directly.
 * @throws ConfigError naming the variable to fix.
 */
export async function startVerbatim(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Record<string, string>> = {},
): Promise<StartedVerbatim> {
  const config = loadConfig(env, overrides);
  const logger = createLogger(config.LOG_LEVEL);
  const service = await createVerbatim({ config, logger });
  return { config, logger, service };
}
