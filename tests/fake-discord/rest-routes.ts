import { performance } from 'node:perf_hooks';
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { APIApplicationCommand, APIApplicationCommandOptionChoice, APIMessage, APIUser } from 'discord.js';
import { channelPermissions, dmChannelFor, knownUsers } from './fake-world.js';
import { FakeState } from './fake-state.js';
import type { TrackedInteraction } from './fake-state.js';
import { applyEdit } from './message-payloads.js';
import { LIMITS, messageBodyProblems, resolvePings } from './message-rules.js';
import type { MessageBody } from './message-rules.js';

interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly authorized: boolean;
}

export interface RouteResponse {
  readonly status: number;
  readonly json?: unknown;
  readonly bytes?: { readonly data: Uint8Array; readonly contentType: string };
}

export interface Route {
  readonly method: string;
  readonly pattern: string;
  /** Interaction callbacks and interaction webhooks are authorised by their token, not the bot token. */
  readonly needsBotToken: boolean;
  readonly handle: (request: RouteRequest) => RouteResponse | Promise<RouteResponse>;
}

/** Discord's JSON error shape: `{ message, code }`, plus `errors` for form problems. */
function error(status: number, code: number, message: string, problems: string[] = []): RouteResponse {
  return { status, json: { message, code, ...(problems.length > 0 ? { errors: problems } : {}) } };
}
const noContent: RouteResponse = { status: 204 };
const ok = (json: unknown): RouteResponse => ({ status: 200, json });

function invalidForm(problems: string[]): RouteResponse {
  return error(400, 50035, `Invalid Form Body\n${problems.join('\n')}`, problems);
}

function asBody(value: unknown): MessageBody {
  return typeof value === 'object' && value !== null ? (value as MessageBody) : {};
}

/** The REST routes the fake serves, in Discord's v10 shapes, including the attachment CDN. */
export function createRoutes(state: FakeState, gatewayUrl: () => string, shards = 1): Route[] {
  const { world } = state;
  const botOnly = (method: string, pattern: string, handle: Route['handle']): Route => ({
    method,
    pattern,
    needsBotToken: true,
    handle,
  });
  const byToken = (method: string, pattern: string, handle: Route['handle']): Route => ({
    method,
    pattern,
    needsBotToken: false,
    handle,
  });

  const interactionFor = (applicationId: string, token: string): TrackedInteraction | undefined => {
    const tracked = state.interactionsByToken.get(token);
    return tracked && applicationId === world.application.id && tracked.callbackType !== null ? tracked : undefined;
  };
  const resolveWebhookMessage = (tracked: TrackedInteraction, messageId: string): APIMessage | undefined => {
    const id = messageId === '@original' ? tracked.originalMessageId : messageId;
    return id ? state.messages.get(id) : undefined;
  };
  const editMessage = (message: APIMessage, body: MessageBody): APIMessage => {
    const pings = resolvePings(body, { canMentionEveryone: state.canBotMentionEveryone(message.channel_id) });
    const edited = applyEdit(message, body, pings, new Date().toISOString());
    // An edit is what finishes a deferred response: Discord drops the "is thinking..." state.
    edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
    state.messages.set(edited.id, edited);
    state.pings.set(edited.id, pings);
    return edited;
  };
  const commandList = (key: string) => ok(state.commands.get(key) ?? []);
  const putCommands = (key: string, guildId: string | undefined, body: unknown): RouteResponse => {
    if (!Array.isArray(body)) return invalidForm(['Expected an array of commands']);
    const created = body.map(
      (command: Record<string, unknown>): APIApplicationCommand =>
        ({
          id: state.commandId(
            String(command.name),
            (command.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput,
          ),
          application_id: world.application.id,
          version: state.nextId(),
          type: ApplicationCommandType.ChatInput,
          description: '',
          default_member_permissions: null,
          ...(guildId ? { guild_id: guildId } : {}),
          ...(command as object),
        }) as APIApplicationCommand,
    );
    state.commands.set(key, created);
    return ok(created);
  };

  return [
    botOnly('GET', '/api/v10/gateway/bot', () =>
      ok({
        url: gatewayUrl(),
        shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    ),
    byToken('GET', '/api/v10/gateway', () => ok({ url: gatewayUrl() })),
    botOnly('GET', '/api/v10/users/@me', () => ok(world.bot)),
    botOnly('GET', '/api/v10/applications/@me', () =>
      ok({
        id: world.application.id,
        name: world.application.name,
        flags: world.application.flags,
        bot: world.bot,
        description: '',
        icon: null,
        bot_public: true,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        team: null,
      }),
    ),
    botOnly('GET', '/api/v10/applications/:applicationId/commands', () => commandList('global')),
    botOnly('PUT', '/api/v10/applications/:applicationId/commands', ({ body }) =>
      putCommands('global', undefined, body),
    ),
    botOnly('GET', '/api/v10/applications/:applicationId/guilds/:guildId/commands', ({ params }) =>
      commandList(params.guildId ?? ''),
    ),
    botOnly('PUT', '/api/v10/applications/:applicationId/guilds/:guildId/commands', ({ params, body }) =>
      params.guildId === world.guild.id
        ? putCommands(world.guild.id, world.guild.id, body)
        : error(403, 50001, 'Missing Access'),
    ),

    byToken('POST', '/api/v10/interactions/:interactionId/:token/callback', ({ params, query, body }) => {
      const tracked = state.interactions.get(params.interactionId ?? '');
      const now = performance.now();
      if (
        !tracked ||
        tracked.payload.token !== params.token ||
        now - tracked.dispatchedAt > state.options.ackDeadlineMs
      ) {
        return error(404, 10062, 'Unknown interaction');
      }
      if (tracked.callbackType !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
      const response = asBody(body) as {
        type?: number;
        data?: MessageBody & { choices?: APIApplicationCommandOptionChoice[] };
      };
      const { payload } = tracked;
      const isComponent =
        payload.type === InteractionType.MessageComponent || payload.type === InteractionType.ModalSubmit;
      const isAutocomplete = payload.type === InteractionType.ApplicationCommandAutocomplete;
      const type = response.type;
      const allowed = isAutocomplete ? [8] : isComponent ? [4, 5, 6, 7, 9] : [4, 5, 9];
      if (type === undefined || !allowed.includes(type))
        return invalidForm([
          `type: Interaction callback type ${String(type)} is not valid for interaction type ${payload.type}`,
        ]);
      const data = response.data ?? {};
      const channelId = payload.channel?.id ?? '';
      if (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage) {
        const problems = messageBodyProblems(data, { requireSomething: type === 4 });
        if (problems.length > 0) return invalidForm(problems);
      }
      if (type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
        const choices = data.choices ?? [];
        const problems = [
          ...(choices.length > LIMITS.autocompleteChoices
            ? [`data.choices: Must be ${LIMITS.autocompleteChoices} or fewer in length.`]
            : []),
          ...choices.flatMap((choice, index) =>
            choice.name.length < 1 || choice.name.length > LIMITS.choiceName
              ? [`data.choices.${index}.name: Must be between 1 and 100 in length.`]
              : [],
          ),
        ];
        if (problems.length > 0) return invalidForm(problems);
        tracked.choices = choices;
      }
      tracked.callbackType = type;
      tracked.acknowledgedAt = now;
      if (type !== InteractionResponseType.DeferredChannelMessageWithSource) tracked.completedAt = now;
      const metadata = {
        interaction_metadata: {
          id: payload.id,
          type: payload.type,
          user: (payload.member?.user ?? payload.user) as APIUser,
          authorizing_integration_owners: payload.authorizing_integration_owners,
        },
      } as Partial<APIMessage>;
      let message: APIMessage | undefined;
      if (type === InteractionResponseType.ChannelMessageWithSource) {
        message = state.createBotMessage(channelId, data, {
          type: FakeState.responseMessageType(payload),
          applicationId: world.application.id,
          ...metadata,
        });
        tracked.originalMessageId = message.id;
      } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
        message = state.createBotMessage(
          channelId,
          { ...data, content: '' },
          { type: FakeState.responseMessageType(payload), applicationId: world.application.id, ...metadata },
        );
        message.flags = (message.flags ?? 0) | MessageFlags.Loading | ((data.flags ?? 0) & MessageFlags.Ephemeral);
        tracked.originalMessageId = message.id;
      } else if (
        type === InteractionResponseType.UpdateMessage ||
        type === InteractionResponseType.DeferredMessageUpdate
      ) {
        const source = 'message' in payload ? payload.message : undefined;
        tracked.originalMessageId = source?.id ?? null;
        const stored = source ? state.messages.get(source.id) : undefined;
        if (stored && type === InteractionResponseType.UpdateMessage) message = editMessage(stored, data);
      }
      if (message && !FakeState.isDm(payload) && ((message.flags ?? 0) & MessageFlags.Ephemeral) === 0)
        state.onMessageCreated(message);
      if (query.with_response !== 'true') return noContent;
      return ok({
        interaction: {
          id: payload.id,
          type: payload.type,
          activity_instance_id: null,
          response_message_id: tracked.originalMessageId,
          response_message_loading: type === 5,
          response_message_ephemeral: ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
        },
        ...(message ? { resource: { type, message } } : {}),
      });
    }),

    byToken('GET', '/api/v10/webhooks/:applicationId/:token/messages/:messageId', ({ params }) => {
      const tracked = interactionFor(params.applicationId ?? '', params.token ?? '');
      if (!tracked) return error(404, 10015, 'Unknown Webhook');
      const message = resolveWebhookMessage(tracked, params.messageId ?? '');
      return message ? ok(message) : error(404, 10008, 'Unknown Message');
    }),
    byToken('PATCH', '/api/v10/webhooks/:applicationId/:token/messages/:messageId', ({ params, body }) => {
      const tracked = interactionFor(params.applicationId ?? '', params.token ?? '');
      if (!tracked) return error(404, 10015, 'Unknown Webhook');
      const message = resolveWebhookMessage(tracked, params.messageId ?? '');
      if (!message) return error(404, 10008, 'Unknown Message');
      const problems = messageBodyProblems(asBody(body), { requireSomething: false });
      if (problems.length > 0) return invalidForm(problems);
      tracked.completedAt ??= performance.now();
      return ok(editMessage(message, asBody(body)));
    }),
    byToken('DELETE', '/api/v10/webhooks/:applicationId/:token/messages/:messageId', ({ params }) => {
      const tracked = interactionFor(params.applicationId ?? '', params.token ?? '');
      if (!tracked) return error(404, 10015, 'Unknown Webhook');
      const message = resolveWebhookMessage(tracked, params.messageId ?? '');
      if (!message) return error(404, 10008, 'Unknown Message');
      state.messages.delete(message.id);
      return noContent;
    }),
    byToken('POST', '/api/v10/webhooks/:applicationId/:token', ({ params, body }) => {
      const tracked = interactionFor(params.applicationId ?? '', params.token ?? '');
      if (!tracked) return error(404, 10015, 'Unknown Webhook');
      const data = asBody(body);
      const problems = messageBodyProblems(data, { requireSomething: true });
      if (problems.length > 0) return invalidForm(problems);
      tracked.completedAt ??= performance.now();
      const original = tracked.originalMessageId ? state.messages.get(tracked.originalMessageId) : undefined;
      // Discord documents that the first follow-up after a defer replaces the "is thinking..." message.
      if (original && ((original.flags ?? 0) & MessageFlags.Loading) !== 0) return ok(editMessage(original, data));
      const channelId = tracked.payload.channel?.id ?? '';
      const message = state.createBotMessage(channelId, data, { applicationId: world.application.id });
      tracked.followUpIds.push(message.id);
      return ok(message);
    }),

    botOnly('GET', '/api/v10/channels/:channelId', ({ params }) => {
      const channelId = params.channelId ?? '';
      const channel =
        state.guildChannel(channelId) ?? [...world.dmChannels.values()].find((entry) => entry.id === channelId);
      return channel ? ok(channel) : error(404, 10003, 'Unknown Channel');
    }),
    botOnly('GET', '/api/v10/channels/:channelId/messages/:messageId', ({ params }) => {
      const message = state.messages.get(params.messageId ?? '');
      return message && message.channel_id === params.channelId ? ok(message) : error(404, 10008, 'Unknown Message');
    }),
    botOnly('POST', '/api/v10/channels/:channelId/messages', ({ params, body }) => {
      const channelId = params.channelId ?? '';
      const guildChannel = state.guildChannel(channelId);
      if (!guildChannel && !state.isDmChannel(channelId)) return error(404, 10003, 'Unknown Channel');
      if (
        guildChannel &&
        (channelPermissions(world, world.bot.id, channelId) & PermissionFlagsBits.SendMessages) === 0n
      ) {
        return error(403, 50013, 'Missing Permissions');
      }
      const data = asBody(body) as MessageBody & { message_reference?: { message_id: string } };
      const problems = messageBodyProblems(data, { requireSomething: true });
      if (problems.length > 0) return invalidForm(problems);
      const message = state.createBotMessage(channelId, data, data.message_reference ? { type: 19 } : {});
      state.onMessageCreated(message);
      return ok(message);
    }),
    botOnly('POST', '/api/v10/channels/:channelId/typing', ({ params }) => {
      const channelId = params.channelId ?? '';
      return state.guildChannel(channelId) || state.isDmChannel(channelId)
        ? noContent
        : error(404, 10003, 'Unknown Channel');
    }),
    botOnly('POST', '/api/v10/users/@me/channels', ({ body }) => {
      const recipientId = (asBody(body) as { recipient_id?: string }).recipient_id;
      const recipient = knownUsers(world).find((candidate) => candidate.id === recipientId && !candidate.bot);
      if (!recipient) return error(400, 50007, 'Cannot send messages to this user');
      return ok(dmChannelFor(world, recipient, state.nextId));
    }),

    // The CDN: attachment URLs in payloads point here, so downloads stay on 127.0.0.1.
    byToken('GET', '/attachments/:channelId/:attachmentId/:fileName', ({ params }) => {
      const file = state.files.get(params.attachmentId ?? '');
      return file
        ? { status: 200, bytes: { data: file.bytes, contentType: file.contentType } }
        : error(404, 0, '404: Not Found');
    }),
  ];
}
