import { ConfigError, type AppConfig } from '../../config/config.js';
import { loadConfig } from '../../config/load-config.js';
import { discordTokenProblem } from './discord-token.js';

/** The validated configuration for the Discord entry points, or null after printing the one line that says what to fix. */
export function loadBotConfigOrReport(): AppConfig | null {
  const loaded = loadBotConfig();
  if ('config' in loaded) return loaded.config;
  console.error(loaded.problem);
  return null;
}

function loadBotConfig(): { readonly config: AppConfig } | { readonly problem: string } {
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
