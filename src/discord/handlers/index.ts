/** What the bot does with each interaction and direct message. The public surface of src/discord/handlers/. */
export { commandDefinitions } from './command-definitions.js';
export type { BotContext } from './bot-context.js';
export { handleDirectMessage } from './direct-message.js';
export { createInteractionRouter } from './interaction-router.js';
export { refuseInteractionWhileStopping, refuseMessageWhileStopping } from './refuse-while-stopping.js';
