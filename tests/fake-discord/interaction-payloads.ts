import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  PermissionFlagsBits,
} from 'discord.js';
import type {
  APIApplicationCommandInteractionDataBasicOption,
  APIAttachment,
  APIInteraction,
  APIMessage,
  APIUser,
} from 'discord.js';
import { channelPermissions, dmChannelFor, memberOf } from './fake-world.js';
import type { FakeUserRole, FakeWorld } from './fake-world.js';

/** An option value: strings, booleans and numbers map to their option types; an attachment to type 11. */
export type OptionValue = string | number | boolean | APIAttachment;

/** Where an interaction comes from and who makes it. */
export interface InteractionSource {
  /** A named fake user or any user object. Default: the ordinary member. */
  readonly user?: FakeUserRole | APIUser;
  /** Run the command in the bot's DM instead of the guild. */
  readonly dm?: boolean;
  /** Guild channel; default #general. */
  readonly channelId?: string;
}

export interface PayloadContext {
  readonly world: FakeWorld;
  readonly nextId: () => string;
  /** The id Discord gave the registered command of this name (invented when none was registered). */
  readonly commandId: (name: string, type: ApplicationCommandType) => string;
}

/** Discord's default attachment size limit for interactions in unboosted guilds (10 MiB). */
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;
/** What a guild-installed bot may do in its own DM with a user. */
const DM_APP_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions;

/** A named fake user, or the given user object; the ordinary member by default. */
export function resolveUser(world: FakeWorld, who: FakeUserRole | APIUser | undefined): APIUser {
  if (who === undefined) return world.users.member;
  return typeof who === 'string' ? world.users[who] : who;
}

/** Real interaction tokens are long opaque base64 strings beginning with "aW50ZXJhY3Rpb246" ("interaction:"). */
function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:`).toString('base64url') + randomBytes(96).toString('base64url');
}

/** The fields every interaction carries, for the guild or the bot DM. */
function baseInteraction(context: PayloadContext, type: InteractionType, source: InteractionSource) {
  const { world, nextId } = context;
  const id = nextId();
  const invoker = resolveUser(world, source.user);
  const common = {
    id,
    application_id: world.application.id,
    type,
    token: interactionToken(id),
    version: 1 as const,
    locale: 'en-GB' as const,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  const guildMember = memberOf(world, invoker.id);
  if (source.dm || !guildMember) {
    const channel = dmChannelFor(world, invoker, nextId);
    return {
      ...common,
      user: invoker,
      channel,
      channel_id: channel.id,
      app_permissions: DM_APP_PERMISSIONS.toString(),
      // In a DM with the bot, a guild-installed app is authorised with the guild key set to "0".
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
      context: InteractionContextType.BotDM,
    };
  }
  const channelId = source.channelId ?? world.channels.general;
  const channel = world.guild.channels.find((entry) => entry.id === channelId);
  if (!channel) throw new Error(`The fake guild has no channel ${channelId}`);
  return {
    ...common,
    guild_id: world.guild.id,
    guild: { id: world.guild.id, locale: 'en-US' as const, features: [] },
    guild_locale: 'en-US' as const,
    channel,
    channel_id: channel.id,
    member: {
      ...guildMember,
      user: invoker,
      permissions: channelPermissions(world, invoker.id, channel.id).toString(),
    },
    app_permissions: channelPermissions(world, world.bot.id, channel.id).toString(),
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guild.id },
    context: InteractionContextType.Guild,
  };
}

function toOptions(values: Readonly<Record<string, OptionValue>>, focused?: string) {
  const attachments: Record<string, APIAttachment> = {};
  const options = Object.entries(values).map(([name, value]): APIApplicationCommandInteractionDataBasicOption => {
    if (typeof value === 'object') {
      attachments[value.id] = value;
      return { name, type: ApplicationCommandOptionType.Attachment, value: value.id };
    }
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      const type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
      return { name, type, value };
    }
    return name === focused
      ? { name, type: ApplicationCommandOptionType.String, value, focused: true }
      : { name, type: ApplicationCommandOptionType.String, value };
  });
  return { options, attachments };
}

/** Nests options under a subcommand (and group) named after the command, as in "corpus add". */
function nestUnder(path: readonly string[], options: APIApplicationCommandInteractionDataBasicOption[]) {
  const [group, subcommand] = path.length === 2 ? path : [undefined, path[0]];
  if (subcommand === undefined) return options;
  const sub = { name: subcommand, type: ApplicationCommandOptionType.Subcommand as const, options };
  return group === undefined
    ? [sub]
    : [{ name: group, type: ApplicationCommandOptionType.SubcommandGroup as const, options: [sub] }];
}

/** A slash command; a name with spaces ("corpus add") invokes a subcommand, as Discord nests it. */
export function buildSlashCommand(
  context: PayloadContext,
  fullName: string,
  values: Readonly<Record<string, OptionValue>>,
  source: InteractionSource,
): APIInteraction {
  const [name = '', ...path] = fullName.trim().split(/\s+/);
  const { options, attachments } = toOptions(values);
  const nested = nestUnder(path, options);
  const base = baseInteraction(context, InteractionType.ApplicationCommand, source);
  const data = {
    id: context.commandId(name, ApplicationCommandType.ChatInput),
    name,
    type: ApplicationCommandType.ChatInput,
    ...(nested.length > 0 ? { options: nested } : {}),
    ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
    ...('guild_id' in base ? { guild_id: base.guild_id } : {}),
  };
  return { ...base, data } as APIInteraction;
}

/** An autocomplete request while the user types the `focused` option. */
export function buildAutocomplete(
  context: PayloadContext,
  name: string,
  values: Readonly<Record<string, OptionValue>>,
  focused: string,
  source: InteractionSource,
): APIInteraction {
  const { options } = toOptions(values, focused);
  const base = baseInteraction(context, InteractionType.ApplicationCommandAutocomplete, source);
  const data = {
    id: context.commandId(name, ApplicationCommandType.ChatInput),
    name,
    type: ApplicationCommandType.ChatInput,
    options,
  };
  return { ...base, data } as APIInteraction;
}

/** A message context-menu command, with the target message under `resolved.messages`. */
export function buildMessageCommand(
  context: PayloadContext,
  name: string,
  target: APIMessage,
  source: InteractionSource,
): APIInteraction {
  const base = baseInteraction(context, InteractionType.ApplicationCommand, source);
  const data = {
    id: context.commandId(name, ApplicationCommandType.Message),
    name,
    type: ApplicationCommandType.Message,
    target_id: target.id,
    resolved: { messages: { [target.id]: target } },
    ...('guild_id' in base ? { guild_id: base.guild_id } : {}),
  };
  return { ...base, data } as APIInteraction;
}

/** A button click, carrying the message the button is on. */
export function buildButtonClick(
  context: PayloadContext,
  customId: string,
  message: APIMessage,
  source: InteractionSource,
): APIInteraction {
  const base = baseInteraction(context, InteractionType.MessageComponent, source);
  const data = { custom_id: customId, component_type: ComponentType.Button };
  return { ...base, data, message } as APIInteraction;
}
