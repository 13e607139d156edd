import { performance } from 'node:perf_hooks';
import { ApplicationCommandType, ChannelType, InteractionType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type {
  APIApplicationCommand,
  APIApplicationCommandOptionChoice,
  APIInteraction,
  APIMessage,
  APIUser,
} from 'discord.js';
import { buildMessage } from './message-payloads.js';
import type { MessageSeed } from './message-payloads.js';
import { resolvePings } from './message-rules.js';
import type { MessageBody, Pings } from './message-rules.js';
import { RequestLog } from './request-log.js';
import { channelPermissions, knownUsers } from './fake-world.js';
import type { FakeWorld } from './fake-world.js';

/** What the fake knows about one interaction it dispatched. */
export interface TrackedInteraction {
  readonly payload: APIInteraction;
  /** `performance.now()` just before the INTERACTION_CREATE frame was written to the socket. */
  dispatchedAt: number;
  /** Interaction callback type (4 reply, 5 defer, 6 deferred update, 7 update, 8 choices, 9 modal), once acknowledged. */
  callbackType: number | null;
  acknowledgedAt: number | null;
  /** When the user first saw a finished reply: the acknowledgement itself, or the edit that ended "is thinking...". */
  completedAt: number | null;
  originalMessageId: string | null;
  readonly followUpIds: string[];
  choices: APIApplicationCommandOptionChoice[] | null;
}

export interface StoredFile {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly fileName: string;
}

export interface FakeStateOptions {
  /** Discord forgets an interaction that is not acknowledged within 3 seconds. */
  readonly ackDeadlineMs: number;
}

/** Everything the fake REST and gateway share: the world, the request log and what the bot created. */
export class FakeState {
  readonly log = new RequestLog();
  readonly interactions = new Map<string, TrackedInteraction>();
  readonly interactionsByToken = new Map<string, TrackedInteraction>();
  readonly messages = new Map<string, APIMessage>();
  readonly pings = new Map<string, Pings>();
  readonly files = new Map<string, StoredFile>();
  /** Registered commands: key `global` or the guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  /** Called for every message the bot creates in a channel, so the gateway can echo MESSAGE_CREATE. */
  onMessageCreated: (message: APIMessage) => void = () => {};

  constructor(
    readonly world: FakeWorld,
    readonly nextId: () => string,
    readonly options: FakeStateOptions,
  ) {}

  track(payload: APIInteraction, dispatchedAt = performance.now()): TrackedInteraction {
    const tracked: TrackedInteraction = {
      payload,
      dispatchedAt,
      callbackType: null,
      acknowledgedAt: null,
      completedAt: null,
      originalMessageId: null,
      followUpIds: [],
      choices: null,
    };
    this.interactions.set(payload.id, tracked);
    this.interactionsByToken.set(payload.token, tracked);
    return tracked;
  }

  /** The id of a registered command by name, or a stable invented one so unregistered commands still work. */
  commandId(name: string, type: ApplicationCommandType): string {
    for (const list of this.commands.values()) {
      const found = list.find((command) => command.name === name && command.type === type);
      if (found) return found.id;
    }
    const invented = this.#inventedCommandIds.get(`${type}:${name}`) ?? this.nextId();
    this.#inventedCommandIds.set(`${type}:${name}`, invented);
    return invented;
  }
  readonly #inventedCommandIds = new Map<string, string>();

  isDmChannel(channelId: string): boolean {
    return [...this.world.dmChannels.values()].some((channel) => channel.id === channelId);
  }

  guildChannel(channelId: string) {
    return this.world.guild.channels.find((channel) => channel.id === channelId);
  }

  canBotMentionEveryone(channelId: string): boolean {
    if (this.isDmChannel(channelId)) return false;
    return (channelPermissions(this.world, this.world.bot.id, channelId) & PermissionFlagsBits.MentionEveryone) !== 0n;
  }

  /** Stores a message the bot sent, noting who it would have pinged. */
  createBotMessage(channelId: string, body: MessageBody, extra: Partial<MessageSeed> = {}): APIMessage {
    const pings = resolvePings(body, { canMentionEveryone: this.canBotMentionEveryone(channelId) });
    const guildId = this.guildChannel(channelId) ? this.world.guild.id : undefined;
    const message = buildMessage({
      id: this.nextId(),
      channelId,
      author: this.world.bot,
      content: body.content ?? '',
      embeds: (body.embeds ?? []) as MessageSeed['embeds'],
      components: (body.components ?? []) as MessageSeed['components'],
      flags:
        (body.flags ?? 0) & (MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications),
      pings,
      mentionedUsers: this.#usersById(pings.users),
      ...(guildId ? { guildId } : {}),
      ...extra,
    });
    this.messages.set(message.id, message);
    this.pings.set(message.id, pings);
    return message;
  }

  /** A message written by a person (the target of "Verify quote", or a DM to the bot). */
  createUserMessage(channelId: string, author: APIUser, content: string): APIMessage {
    const guildId = this.guildChannel(channelId) ? this.world.guild.id : undefined;
    const message = buildMessage({ id: this.nextId(), channelId, author, content, ...(guildId ? { guildId } : {}) });
    this.messages.set(message.id, message);
    return message;
  }

  messagesIn(channelId: string): APIMessage[] {
    return [...this.messages.values()].filter((message) => message.channel_id === channelId);
  }

  #usersById(ids: readonly string[]): APIUser[] {
    const known = knownUsers(this.world);
    return ids
      .map((id) => known.find((candidate) => candidate.id === id))
      .filter((found): found is APIUser => found !== undefined);
  }

  /** The channel type of an interaction's channel, for the message type of its responses. */
  static responseMessageType(interaction: APIInteraction): number {
    if (interaction.type !== InteractionType.ApplicationCommand) return 0;
    return interaction.data.type === ApplicationCommandType.ChatInput ? 20 : 23;
  }

  static isDm(interaction: APIInteraction): boolean {
    return interaction.channel?.type === ChannelType.DM;
  }
}
