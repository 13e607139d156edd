import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelType, GatewayIntentBits, MessageFlags } from 'discord.js';
import type { APIApplicationCommandOptionChoice, APIAttachment, APIInteraction, APIMessage, APIUser } from 'discord.js';
import { FakeGateway } from './fake-gateway.js';
import type { IdentifyPayload } from './fake-gateway.js';
import { FakeState } from './fake-state.js';
import type { TrackedInteraction } from './fake-state.js';
import { addMember, createFakeWorld, dmChannelFor } from './fake-world.js';
import type { FakeUserRole, FakeWorld } from './fake-world.js';
import {
  buildAutocomplete,
  buildButtonClick,
  buildMessageCommand,
  buildSlashCommand,
  resolveUser,
} from './interaction-payloads.js';
import type { InteractionSource, OptionValue, PayloadContext } from './interaction-payloads.js';
import type { Pings } from './message-rules.js';
import type { RecordedRequest } from './request-log.js';
import { createRestHandler } from './rest-handler.js';
import { createRoutes } from './rest-routes.js';
import { createSnowflakeFactory } from './snowflakes.js';

export interface FakeDiscordOptions {
  /** How long an interaction may wait for its callback before the fake forgets it (Discord: 3000 ms). */
  readonly ackDeadlineMs?: number;
  /** HELLO's heartbeat interval (Discord: 41250 ms). */
  readonly heartbeatIntervalMs?: number;
  /** The shard count GET /gateway/bot recommends (1 by default). */
  readonly shards?: number;
}

/** An interaction the fake dispatched. `dispatchedAt` is `performance.now()` just before the frame was written. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly payload: APIInteraction;
  readonly dispatchedAt: number;
}

/** What the user who made an interaction ends up seeing. */
interface InteractionReply {
  /** 4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete choices. */
  readonly callbackType: number;
  /** The original response message, once complete (never "is thinking..."). */
  readonly message: APIMessage | null;
  readonly followUps: readonly APIMessage[];
  readonly choices: readonly APIApplicationCommandOptionChoice[] | null;
  readonly ephemeral: boolean;
  /** The callback request, for ack timing. */
  readonly callback: RecordedRequest;
  /** `performance.now()` when the reply became complete, for time-to-answer. */
  readonly completedAt: number;
}

export interface FakeDiscord {
  /** Give this to discord.js as `rest.api` (or DISCORD_API_URL). */
  readonly apiUrl: string;
  readonly baseUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly world: FakeWorld;
  readonly requests: readonly RecordedRequest[];
  readonly identifies: readonly IdentifyPayload[];
  /** Resolves once a client has identified and been sent READY and GUILD_CREATE. */
  waitForIdentify(timeoutMs?: number): Promise<IdentifyPayload>;
  sendSlashCommand(
    name: string,
    options?: Readonly<Record<string, OptionValue>>,
    source?: InteractionSource,
  ): SentInteraction;
  sendAutocomplete(
    name: string,
    options: Readonly<Record<string, OptionValue>>,
    focused: string,
    source?: InteractionSource,
  ): SentInteraction;
  /** A message context-menu command on `target` (a message the fake knows, e.g. from `postUserMessage`). */
  sendMessageCommand(name: string, target: APIMessage, source?: InteractionSource): SentInteraction;
  /** Clicks a button on a message the bot sent. The click comes from the message's own channel. */
  clickButton(message: APIMessage, customId: string, user?: FakeUserRole | APIUser): SentInteraction;
  /** A message a person wrote in a guild channel (not dispatched: guild messages need no gateway event here). */
  postUserMessage(content: string, user?: FakeUserRole | APIUser, channelId?: string): APIMessage;
  /** A DM from a user to the bot, dispatched as MESSAGE_CREATE (needs the DirectMessages intent). */
  sendDirectMessage(content: string, user?: FakeUserRole | APIUser): APIMessage;
  /**
   * Stores bytes at a 127.0.0.1 URL and returns the attachment object to pass as an option value.
   * The file name is used as given, so tests can play a hostile client (Discord itself sanitises names).
   */
  uploadAttachment(fileName: string, bytes: Uint8Array | string, contentType?: string): APIAttachment;
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** The interaction callback request (the acknowledgement). Rejects if the fake refused it. */
  waitForAck(interaction: SentInteraction, timeoutMs?: number): Promise<RecordedRequest>;
  /**
   * Waits until the reply is complete: acknowledged, and no longer "is thinking..." when deferred;
   * and, if given, until `until` holds (e.g. the follow-ups of a long answer have arrived).
   */
  waitForReply(
    interaction: SentInteraction,
    timeoutMs?: number,
    until?: (reply: InteractionReply) => boolean,
  ): Promise<InteractionReply>;
  /** Waits for the bot to post a message in a channel (e.g. a DM answer); returns it. */
  waitForChannelMessage(
    channelId: string,
    predicate?: (message: APIMessage) => boolean,
    timeoutMs?: number,
  ): Promise<APIMessage>;
  /** Every request made with this interaction's id or token. */
  requestsFor(interaction: SentInteraction): RecordedRequest[];
  messagesIn(channelId: string): APIMessage[];
  /** Who a stored bot message actually pinged. */
  pingsOf(messageId: string): Pings;
  dmChannelId(user?: FakeUserRole | APIUser): string;
  /** Adds an ordinary guild member, e.g. to send a burst from many distinct users. */
  addMember(username: string): APIUser;
  close(): Promise<void>;
}

/** Starts a fake Discord (gateway + REST + attachment CDN) on 127.0.0.1 with an ephemeral port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const nextId = createSnowflakeFactory();
  const world = createFakeWorld(nextId);
  const state = new FakeState(world, nextId, { ackDeadlineMs: options.ackDeadlineMs ?? 3_000 });
  let baseUrl = '';
  const gatewayUrl = () => `${baseUrl.replace('http:', 'ws:')}/gateway`;
  const gateway = new FakeGateway(state, { heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250 }, gatewayUrl);
  state.onMessageCreated = (message) => gateway.echoMessage(message, state.isDmChannel(message.channel_id));
  const handler = createRestHandler(createRoutes(state, gatewayUrl, options.shards ?? 1), state.log, world.token);
  const server = createServer((request, response) => void handler(request, response));
  server.on('upgrade', (request, socket, head) => gateway.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const context: PayloadContext = { world, nextId, commandId: (name, type) => state.commandId(name, type) };
  const dispatchInteraction = (payload: APIInteraction): SentInteraction => {
    // Tracked before the write so a fast callback always finds it.
    const tracked = state.track(payload);
    const sentAt = gateway.dispatch('INTERACTION_CREATE', payload);
    if (sentAt === null) throw new Error('No client is connected to the fake gateway; wait for login first.');
    tracked.dispatchedAt = sentAt;
    return { id: payload.id, token: payload.token, payload, dispatchedAt: sentAt };
  };
  const trackedOf = (interaction: SentInteraction): TrackedInteraction => {
    const tracked = state.interactions.get(interaction.id);
    if (!tracked) throw new Error(`Unknown interaction ${interaction.id}`);
    return tracked;
  };
  const relates = (request: RecordedRequest, interaction: SentInteraction) =>
    request.params.token === interaction.token || request.params.interactionId === interaction.id;
  const isCallback = (request: RecordedRequest, interaction: SentInteraction) =>
    request.route.endsWith('/callback') && request.params.interactionId === interaction.id;
  const replyComplete = (tracked: TrackedInteraction): boolean => {
    if (tracked.callbackType === null) return false;
    if (tracked.callbackType !== 5) return true;
    const original = tracked.originalMessageId ? state.messages.get(tracked.originalMessageId) : undefined;
    return original !== undefined && ((original.flags ?? 0) & MessageFlags.Loading) === 0;
  };
  const refusal = (request: RecordedRequest) =>
    `${request.route} -> ${request.status} ${JSON.stringify(request.response)}`;

  const fake: FakeDiscord = {
    apiUrl: `${baseUrl}/api`,
    baseUrl,
    token: world.token,
    applicationId: world.application.id,
    world,
    requests: state.log.requests,
    identifies: gateway.identifies,
    waitForIdentify: (timeoutMs = 5_000) => gateway.waitForIdentify(timeoutMs),
    sendSlashCommand: (name, values = {}, source = {}) =>
      dispatchInteraction(buildSlashCommand(context, name, values, source)),
    sendAutocomplete: (name, values, focused, source = {}) =>
      dispatchInteraction(buildAutocomplete(context, name, values, focused, source)),
    sendMessageCommand: (name, target, source = {}) => {
      // The menu is used where the message is: a DM message makes a DM interaction.
      const where = state.isDmChannel(target.channel_id)
        ? { dm: true }
        : { channelId: source.channelId ?? target.channel_id };
      return dispatchInteraction(buildMessageCommand(context, name, target, { ...source, ...where }));
    },
    clickButton: (message, customId, user) => {
      const dm = state.isDmChannel(message.channel_id);
      return dispatchInteraction(
        buildButtonClick(context, customId, message, { user, dm, ...(dm ? {} : { channelId: message.channel_id }) }),
      );
    },
    postUserMessage: (content, user, channelId = world.channels.general) =>
      state.createUserMessage(channelId, resolveUser(world, user), content),
    sendDirectMessage: (content, user) => {
      const author = resolveUser(world, user);
      const channel = dmChannelFor(world, author, nextId);
      const message = state.createUserMessage(channel.id, author, content);
      // A DM MESSAGE_CREATE carries channel_type 1 and no guild_id.
      const sentAt = gateway.dispatch(
        'MESSAGE_CREATE',
        { ...message, channel_type: ChannelType.DM },
        GatewayIntentBits.DirectMessages,
      );
      if (sentAt === null)
        throw new Error(
          'No connected client subscribed to the DirectMessages intent, so Discord would not deliver this DM.',
        );
      return message;
    },
    uploadAttachment: (fileName, bytes, contentType = 'text/plain; charset=utf-8') => {
      const id = nextId();
      const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
      state.files.set(id, { bytes: data, contentType, fileName });
      const url = `${baseUrl}/attachments/${world.channels.general}/${id}/${encodeURIComponent(fileName)}`;
      return {
        id,
        filename: fileName,
        size: data.byteLength,
        url,
        proxy_url: url,
        content_type: contentType,
        ephemeral: true,
      };
    },
    waitForRequest: (predicate, timeoutMs) => state.log.waitFor(predicate, timeoutMs),
    waitForAck: async (interaction, timeoutMs = 5_000) => {
      const request = await state.log.waitFor(
        (candidate) => isCallback(candidate, interaction),
        timeoutMs,
        `the callback of interaction ${interaction.id}`,
      );
      if (request.status >= 400) throw new Error(`The acknowledgement was refused: ${refusal(request)}`);
      return request;
    },
    waitForReply: async (interaction, timeoutMs = 10_000, until = () => true) => {
      const tracked = trackedOf(interaction);
      const snapshot = (): InteractionReply | null => {
        if (!replyComplete(tracked)) return null;
        const callback = state.log.requests.find((candidate) => isCallback(candidate, interaction));
        if (!callback) return null;
        const message = tracked.originalMessageId ? (state.messages.get(tracked.originalMessageId) ?? null) : null;
        return {
          callbackType: tracked.callbackType ?? 0,
          message,
          followUps: tracked.followUpIds
            .map((id) => state.messages.get(id))
            .filter((found): found is APIMessage => found !== undefined),
          choices: tracked.choices,
          ephemeral: ((message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
          callback,
          completedAt: tracked.completedAt ?? callback.at,
        };
      };
      const done = () => {
        const reply = snapshot();
        return reply !== null && until(reply);
      };
      const failed = (request: RecordedRequest) => relates(request, interaction) && request.status >= 400;
      const request = await state.log.waitFor(
        (candidate) => done() || failed(candidate),
        timeoutMs,
        `a complete reply to interaction ${interaction.id} (${tracked.payload.type})`,
      );
      const reply = snapshot();
      if (!reply || !until(reply)) throw new Error(`Discord refused part of the reply: ${refusal(request)}`);
      return reply;
    },
    waitForChannelMessage: async (channelId, predicate = () => true, timeoutMs = 10_000) => {
      const request = await state.log.waitFor(
        (candidate) =>
          candidate.route === 'POST /channels/:channelId/messages' &&
          candidate.params.channelId === channelId &&
          candidate.status === 200 &&
          predicate(candidate.response as APIMessage),
        timeoutMs,
        `a bot message in channel ${channelId}`,
      );
      return request.response as APIMessage;
    },
    requestsFor: (interaction) => state.log.requests.filter((request) => relates(request, interaction)),
    messagesIn: (channelId) => state.messagesIn(channelId),
    pingsOf: (messageId) => state.pings.get(messageId) ?? { everyone: false, users: [], roles: [] },
    dmChannelId: (user) => dmChannelFor(world, resolveUser(world, user), nextId).id,
    addMember: (username) => addMember(world, nextId, username),
    close: async () => {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
