import { z } from 'zod';
import { REST, Routes } from 'discord.js';
import type { AppConfig } from '../../config/config.js';
import { commandDefinitions } from '../handlers/index.js';

/** The parts of Discord's replies that registration reads; anything else in them is ignored. */
const currentApplicationSchema = z.object({ id: z.string() });
const registeredCommandsSchema = z.array(z.object({ id: z.string(), name: z.string() }));

export interface RegisteredCommands {
  readonly count: number;
  /** "globally" or "in guild <id>". */
  readonly scope: string;
}

/**
 * Registers the commands with Discord, replacing the previous set: globally, or for
 * DISCORD_GUILD_ID while developing (guild commands update at once; global ones are cached).
 * @throws DiscordAPIError when Discord refuses, e.g. a wrong token (401) or application id.
 */
export async function registerCommands(
  config: Pick<
    AppConfig,
    'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL' | 'OWNER_USER_IDS'
  >,
): Promise<RegisteredCommands> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  // The application id is optional in .env: the token already identifies the application.
  const applicationId =
    config.DISCORD_APPLICATION_ID ?? currentApplicationSchema.parse(await rest.get(Routes.currentApplication())).id;
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(applicationId, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(applicationId);
  const body = commandDefinitions({ ownersConfigured: config.OWNER_USER_IDS.length > 0 });
  const registered = registeredCommandsSchema.parse(await rest.put(route, { body }));
  return {
    count: registered.length,
    scope: config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally',
  };
}
