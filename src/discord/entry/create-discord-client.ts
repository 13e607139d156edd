import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { AppConfig } from '../../config/config.js';

/**
 * The discord.js client. Guilds for slash commands; DirectMessages (with the Channel partial,
 * since DM channels are not cached before their first message) for DMs. No privileged intents:
 * the Message Content intent is not needed for DMs or for context-menu targets.
 * DISCORD_API_URL points REST (and through /gateway/bot, the gateway) at a local fake in tests.
 */
export function createDiscordClient(config: Pick<AppConfig, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
}
