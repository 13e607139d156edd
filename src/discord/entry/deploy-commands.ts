/** `npm run deploy-commands`: registers the slash commands globally, or for DISCORD_GUILD_ID. */
import { loadBotConfigOrReport } from './load-bot-config.js';
import { registerCommands } from './register-commands.js';

async function main(): Promise<number> {
  const config = loadBotConfigOrReport();
  if (!config) return 1;
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
