import { MessageType } from 'discord.js';
import type { APIEmbed, APIMessage, APIUser } from 'discord.js';
import type { MessageBody, Pings } from './message-rules.js';
import { snowflakeTimestamp } from './snowflakes.js';

export interface MessageSeed {
  readonly id: string;
  readonly channelId: string;
  readonly author: APIUser;
  readonly content: string;
  readonly guildId?: string;
  readonly type?: MessageType;
  readonly flags?: number;
  readonly embeds?: APIEmbed[];
  readonly components?: APIMessage['components'];
  readonly applicationId?: string;
  readonly pings?: Pings;
  readonly mentionedUsers?: APIUser[];
}

/**
 * A full message object as the REST API returns it and the gateway dispatches it
 * (field set from discord-api-types' APIMessage, which tracks Discord's documentation).
 */
export function buildMessage(seed: MessageSeed): APIMessage & { guild_id?: string } {
  return {
    id: seed.id,
    type: seed.type ?? MessageType.Default,
    channel_id: seed.channelId,
    ...(seed.guildId ? { guild_id: seed.guildId } : {}),
    author: seed.author,
    content: seed.content,
    timestamp: snowflakeTimestamp(seed.id),
    edited_timestamp: null,
    tts: false,
    mention_everyone: seed.pings?.everyone ?? false,
    mentions: seed.mentionedUsers ?? [],
    mention_roles: [...(seed.pings?.roles ?? [])],
    attachments: [],
    embeds: seed.embeds ?? [],
    pinned: false,
    flags: seed.flags ?? 0,
    components: seed.components ?? [],
    ...(seed.applicationId ? { application_id: seed.applicationId, webhook_id: seed.applicationId } : {}),
  };
}

/** Applies an edit body to a stored message the way PATCH does: absent fields are left alone. */
export function applyEdit(message: APIMessage, body: MessageBody, pings: Pings, editedAt: string): APIMessage {
  return {
    ...message,
    ...(body.content !== undefined ? { content: body.content } : {}),
    ...(body.embeds !== undefined ? { embeds: body.embeds as APIEmbed[] } : {}),
    ...(body.components !== undefined ? { components: body.components as APIMessage['components'] } : {}),
    mention_everyone: pings.everyone,
    mention_roles: [...pings.roles],
    edited_timestamp: editedAt,
  };
}
