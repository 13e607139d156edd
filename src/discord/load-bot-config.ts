import { ConfigError, type AppConfig } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { discordTokenProblem } from './discord-token.js';

/** The validated configuration for the Discord entry points, or the one line that says what to fix. */
export function loadBotConfig(): { readonly config: AppConfig } | { readonly problem: string } {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.message };
    throw error;
  }
  const problem = discordTokenProblem(config.DISCORD_TOKEN);
  return problem ? { problem } : { config };
}
