import dotenv from 'dotenv';
import { parseConfig, type AppConfig } from './config.js';

/**
 * Reads `.env` into the environment (variables already set win), then validates everything once.
 * @throws ConfigError naming the variable to fix.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Record<string, string>> = {},
): AppConfig {
  dotenv.config({ quiet: true });
  return parseConfig({ ...env, ...overrides });
}
