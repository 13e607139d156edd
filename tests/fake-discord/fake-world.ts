import { randomBytes } from 'node:crypto';
import { ChannelType, PermissionFlagsBits } from 'discord.js';
import type {
  APIDMChannel,
  APIGuildMember,
  APIOverwrite,
  APIRole,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GuildMemberFlags,
  RoleFlags,
  UserFlags,
} from 'discord.js';

/** Flag fields are bitfields; no flags set is 0 even where the enum has no zero member. */
const NO_FLAGS = 0;
import { snowflakeTimestamp } from './snowflakes.js';

/** Who a test can act as. Each is a member of the one fake guild except `outsider`. */
export type FakeUserRole = 'owner' | 'moderator' | 'factChecker' | 'member' | 'outsider';

export interface FakeWorld {
  readonly token: string;
  readonly application: { readonly id: string; readonly name: string; readonly flags: number };
  readonly bot: APIUser;
  readonly guild: {
    readonly id: string;
    readonly name: string;
    readonly ownerId: string;
    readonly roles: APIRole[];
    readonly channels: APITextChannel[];
    readonly members: APIGuildMember[];
  };
  /** Role ids by purpose. `factCheckers` has no Manage Server: it only counts through MODERATOR_ROLE_IDS. */
  readonly roles: {
    readonly everyone: string;
    readonly moderators: string;
    readonly factCheckers: string;
    readonly bot: string;
  };
  readonly channels: { readonly general: string; readonly readOnly: string };
  readonly users: Record<FakeUserRole, APIUser>;
  /** Members added by `addMember`, e.g. many distinct users for a burst. */
  readonly extraUsers: APIUser[];
  readonly dmChannels: Map<string, APIDMChannel>;
}

const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseApplicationCommands;

/**
 * The bot may mention @everyone here on purpose: otherwise a test that "@everyone does not ping"
 * could never fail, because Discord would drop the ping for lack of permission anyway.
 */
const BOT_PERMISSIONS =
  MEMBER_PERMISSIONS | PermissionFlagsBits.MentionEveryone | PermissionFlagsBits.UseExternalEmojis;

/** A token shaped like a real bot token (base64 user id, timestamp, HMAC), so format checks pass. */
function fakeBotToken(botId: string): string {
  const id = Buffer.from(botId).toString('base64url');
  return `${id}.G${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
}

function user(id: string, username: string, globalName: string | null, bot = false): APIUser {
  return {
    id,
    username,
    global_name: globalName,
    discriminator: '0',
    avatar: null,
    ...(bot ? { bot: true } : {}),
    public_flags: NO_FLAGS as UserFlags,
    flags: NO_FLAGS as UserFlags,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

function role(id: string, name: string, permissions: bigint, position: number, managed = false): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed,
    mentionable: false,
    flags: NO_FLAGS as RoleFlags,
    ...(managed ? { tags: { bot_id: '' } } : {}),
  };
}

function member(target: APIUser, roles: string[], joinedAt: string): APIGuildMember {
  return {
    user: target,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

function textChannel(
  id: string,
  guildId: string,
  name: string,
  position: number,
  overwrites: APIOverwrite[],
): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    last_pin_timestamp: null,
    default_auto_archive_duration: 1440,
    permission_overwrites: overwrites,
    flags: NO_FLAGS as ChannelFlags,
  };
}

/** Builds one guild with an owner, a moderator, a fact checker, an ordinary member and the bot. */
export function createFakeWorld(nextId: () => string): FakeWorld {
  const applicationId = nextId();
  const bot = user(applicationId, 'Verbatim', null, true);
  const users: Record<FakeUserRole, APIUser> = {
    owner: user(nextId(), 'olga.owner', 'Olga'),
    moderator: user(nextId(), 'mo.moderator', 'Mo'),
    factChecker: user(nextId(), 'fay.factchecker', 'Fay'),
    member: user(nextId(), 'max.member', 'Max'),
    outsider: user(nextId(), 'otto.outsider', 'Otto'),
  };
  const guildId = nextId();
  const roles = { everyone: guildId, moderators: nextId(), factCheckers: nextId(), bot: nextId() };
  const botRole = role(roles.bot, 'Verbatim', BOT_PERMISSIONS, 3, true);
  botRole.tags = { bot_id: bot.id };
  const joinedAt = snowflakeTimestamp(guildId);
  const general = nextId();
  const readOnly = nextId();
  const denySend: APIOverwrite = {
    id: roles.everyone,
    type: 0,
    allow: '0',
    deny: PermissionFlagsBits.SendMessages.toString(),
  };
  return {
    token: fakeBotToken(bot.id),
    application: { id: applicationId, name: 'Verbatim', flags: 0 },
    bot,
    guild: {
      id: guildId,
      name: 'Sochi Desk',
      ownerId: users.owner.id,
      roles: [
        role(roles.everyone, '@everyone', MEMBER_PERMISSIONS, 0),
        role(roles.factCheckers, 'Fact checkers', MEMBER_PERMISSIONS, 1),
        role(roles.moderators, 'Moderators', MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild, 2),
        botRole,
      ],
      channels: [
        textChannel(general, guildId, 'general', 0, []),
        textChannel(readOnly, guildId, 'announcements', 1, [denySend]),
      ],
      members: [
        member(users.owner, [], joinedAt),
        member(users.moderator, [roles.moderators], joinedAt),
        member(users.factChecker, [roles.factCheckers], joinedAt),
        member(users.member, [], joinedAt),
        member(bot, [roles.bot], joinedAt),
      ],
    },
    roles,
    channels: { general, readOnly },
    users,
    extraUsers: [],
    dmChannels: new Map(),
  };
}

/** Adds an ordinary guild member (no roles), as if they had just joined. */
export function addMember(world: FakeWorld, nextId: () => string, username: string): APIUser {
  const added = user(nextId(), username, null);
  world.guild.members.push(member(added, [], new Date().toISOString()));
  world.extraUsers.push(added);
  return added;
}

/** Every user the fake knows, including the bot. */
export function knownUsers(world: FakeWorld): APIUser[] {
  return [...Object.values(world.users), ...world.extraUsers, world.bot];
}

/** The DM channel between the bot and a user, created on first use as Discord does. */
export function dmChannelFor(world: FakeWorld, recipient: APIUser, nextId: () => string): APIDMChannel {
  const existing = world.dmChannels.get(recipient.id);
  if (existing) return existing;
  const channel: APIDMChannel = {
    id: nextId(),
    type: ChannelType.DM,
    last_message_id: null,
    flags: NO_FLAGS as ChannelFlags,
    recipients: [recipient],
    name: null,
  };
  world.dmChannels.set(recipient.id, channel);
  return channel;
}

/** The guild member for a user id, if the user is in the guild. */
export function memberOf(world: FakeWorld, userId: string): APIGuildMember | undefined {
  return world.guild.members.find((candidate) => candidate.user.id === userId);
}

/** Permissions of a member in a channel, computed the way Discord documents it (base, then overwrites). */
export function channelPermissions(world: FakeWorld, userId: string, channelId: string): bigint {
  const all = Object.values(PermissionFlagsBits).reduce((sum, flag) => sum | flag, 0n);
  if (userId === world.guild.ownerId) return all;
  const found = memberOf(world, userId);
  if (!found) return 0n;
  const roleById = new Map(world.guild.roles.map((entry) => [entry.id, entry]));
  let permissions = BigInt(roleById.get(world.roles.everyone)?.permissions ?? '0');
  for (const roleId of found.roles) permissions |= BigInt(roleById.get(roleId)?.permissions ?? '0');
  if ((permissions & PermissionFlagsBits.Administrator) !== 0n) return all;
  const channel = world.guild.channels.find((entry) => entry.id === channelId);
  const overwrites = channel?.permission_overwrites ?? [];
  const apply = (overwrite: APIOverwrite | undefined) => {
    if (!overwrite) return;
    permissions = (permissions & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
  };
  apply(overwrites.find((overwrite) => overwrite.id === world.roles.everyone));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const overwrite of overwrites) {
    if (overwrite.type === 0 && found.roles.includes(overwrite.id)) {
      roleAllow |= BigInt(overwrite.allow);
      roleDeny |= BigInt(overwrite.deny);
    }
  }
  permissions = (permissions & ~roleDeny) | roleAllow;
  apply(overwrites.find((overwrite) => overwrite.type === 1 && overwrite.id === userId));
  return permissions;
}
