/** Starting the bot and registering its commands. The public surface of src/discord/entry/. */
export { discordTokenProblem } from './discord-token.js';
export { registerCommands } from './register-commands.js';
export { startDiscordBot, type RunningBot } from './start-discord-bot.js';
