/** `npm run deploy-commands`: registers the slash commands globally, or for DISCORD_GUILD_ID. */
import dotenv from 'dotenv';
import { ConfigError, parseConfig } from '../config/config.js';
import { discordTokenProblem } from './discord-token.js';
import { registerCommands } from './register-commands.js';

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const problem = discordTokenProblem(config.DISCORD_TOKEN);
  if (problem) {
    console.error(problem);
    return 1;
  }
  try {
    const { count, scope } = await registerCommands(config);
    console.log(`Registered ${count} commands ${scope}.`);
    return 0;
  } catch (error) {
    console.error(`Could not register the commands: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
