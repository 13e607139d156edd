import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import type { APIMessage } from 'discord.js';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { FakeState } from './fake-state.js';

/** What the client sent in IDENTIFY, kept so tests can check intents and the token. */
export interface IdentifyPayload {
  readonly token: string;
  readonly intents: number;
  readonly properties: Record<string, string>;
  readonly shard?: [number, number];
  readonly compress?: boolean;
}

interface Session {
  readonly socket: WebSocket;
  sequence: number;
  identify: IdentifyPayload | null;
  readonly sessionId: string;
}

export interface GatewayOptions {
  /** Discord sends 41250 ms; the client jitters its first beat within it. */
  readonly heartbeatIntervalMs: number;
}

/** As Discord routes events: a guild's to shard `(guild_id >> 22) % count`, everything else (DMs) to shard 0. */
function onShardOf(shard: readonly [number, number] | undefined, data: unknown): boolean {
  if (!shard || shard[1] <= 1) return true;
  const guildId =
    typeof data === 'object' && data !== null && 'guild_id' in data
      ? (data as { guild_id?: unknown }).guild_id
      : undefined;
  const target = typeof guildId === 'string' ? Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) : 0;
  return target === shard[0];
}

/** The gateway: HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats and dispatches over one WebSocket per session. */
export class FakeGateway {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sessions = new Set<Session>();
  readonly #readyWaiters: ((identify: IdentifyPayload) => void)[] = [];
  /** Every IDENTIFY received, in order. */
  readonly identifies: IdentifyPayload[] = [];
  heartbeats = 0;

  constructor(
    private readonly state: FakeState,
    private readonly options: GatewayOptions,
    private readonly url: () => string,
  ) {}

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway') {
      socket.destroy();
      return;
    }
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#open(ws, url.searchParams));
  }

  #open(socket: WebSocket, params: URLSearchParams): void {
    if (params.get('v') !== '10' || params.get('encoding') !== 'json') {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    const session: Session = { socket, sequence: 0, identify: null, sessionId: randomBytes(16).toString('hex') };
    this.#sessions.add(session);
    socket.on('close', () => this.#sessions.delete(session));
    socket.on('message', (data) => this.#receive(session, data.toString()));
    this.#send(session, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["fake-gateway",{"micros":0}]'] },
    });
  }

  #receive(session: Session, text: string): void {
    let payload: { op?: number; d?: unknown };
    try {
      payload = JSON.parse(text) as { op?: number; d?: unknown };
    } catch {
      session.socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats += 1;
        this.#send(session, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(session, payload.d as IdentifyPayload);
        return;
      case GatewayOpcodes.Resume:
        // Sessions are not replayable here: tell the client to start afresh, as Discord does for a stale session.
        this.#send(session, { op: GatewayOpcodes.InvalidSession, d: false });
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.VoiceStateUpdate:
        return;
      default:
        session.socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(session: Session, identify: IdentifyPayload): void {
    if (session.identify) {
      session.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (identify.token !== this.state.world.token) {
      session.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    session.identify = identify;
    this.identifies.push(identify);
    const { world } = this.state;
    this.#dispatchTo(session, 'READY', {
      v: 10,
      user: { ...world.bot, verified: true, mfa_enabled: false, email: null },
      guilds: [{ id: world.guild.id, unavailable: true }],
      session_id: session.sessionId,
      resume_gateway_url: this.url(),
      shard: identify.shard ?? [0, 1],
      application: { id: world.application.id, flags: world.application.flags },
      _trace: ['["fake-gateway",{"micros":0}]'],
    });
    // Without the Guilds intent Discord sends no GUILD_CREATE; the client then waits out its guild timeout.
    if ((identify.intents & GatewayIntentBits.Guilds) !== 0)
      this.#dispatchTo(session, 'GUILD_CREATE', this.#guildCreate());
    for (const resolve of this.#readyWaiters.splice(0)) resolve(identify);
  }

  #guildCreate() {
    const { world } = this.state;
    return {
      id: world.guild.id,
      name: world.guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: world.guild.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 1,
      default_message_notifications: 1,
      explicit_content_filter: 2,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      system_channel_id: world.channels.general,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      application_id: null,
      vanity_url_code: null,
      max_members: 25_000_000,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      features: [],
      roles: world.guild.roles,
      emojis: [],
      stickers: [],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: world.guild.members.length,
      members: world.guild.members,
      channels: world.guild.channels,
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      incidents_data: null,
      lazy: true,
    };
  }

  /** Resolves with the IDENTIFY of the first session that has been sent READY (now or later). */
  waitForIdentify(timeoutMs: number): Promise<IdentifyPayload> {
    const identified = [...this.#sessions].find((session) => session.identify)?.identify;
    if (identified) return Promise.resolve(identified);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No client identified within ${timeoutMs} ms`)), timeoutMs);
      this.#readyWaiters.push((identify) => {
        clearTimeout(timer);
        resolve(identify);
      });
    });
  }

  /**
   * Sends a dispatch to every identified session. Returns `performance.now()` just before the write,
   * or null when no client is connected to receive it.
   */
  dispatch(event: string, data: unknown, requiredIntent?: number): number | null {
    let sentAt: number | null = null;
    for (const session of this.#sessions) {
      if (!session.identify) continue;
      if (!onShardOf(session.identify.shard, data)) continue;
      if (requiredIntent !== undefined && (session.identify.intents & requiredIntent) === 0) continue;
      sentAt ??= performance.now();
      this.#dispatchTo(session, event, data);
    }
    return sentAt;
  }

  /** Echoes a message the bot created, as Discord does (DMs need DirectMessages, guilds GuildMessages). */
  echoMessage(message: APIMessage, isDm: boolean): void {
    const data = isDm
      ? { ...message, channel_type: 1 }
      : { ...message, guild_id: this.state.world.guild.id, channel_type: 0 };
    this.dispatch('MESSAGE_CREATE', data, isDm ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages);
  }

  get connectedSessions(): number {
    return [...this.#sessions].filter((session) => session.identify).length;
  }

  #dispatchTo(session: Session, event: string, data: unknown): void {
    session.sequence += 1;
    this.#send(session, { op: GatewayOpcodes.Dispatch, t: event, s: session.sequence, d: data });
  }

  #send(session: Session, payload: Record<string, unknown>): void {
    if (session.socket.readyState !== session.socket.OPEN) return;
    session.socket.send(JSON.stringify({ t: null, s: null, ...payload }));
  }

  /** Drops every connection at once, the way a process exit would. */
  close(): Promise<void> {
    for (const session of this.#sessions) session.socket.terminate();
    this.#sessions.clear();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
