export { startFakeDiscord } from './start-fake-discord.js';
export type { FakeDiscord, FakeDiscordOptions, InteractionReply, SentInteraction } from './start-fake-discord.js';
export type { FakeUserRole, FakeWorld } from './fake-world.js';
export type { InteractionSource, OptionValue } from './interaction-payloads.js';
export type { RecordedRequest } from './request-log.js';
export type { Pings } from './message-rules.js';
export { LIMITS } from './message-rules.js';
export { latencyStats, measureInteractionBurst } from './measure-ack-latency.js';
export type { BurstOptions, BurstReport, LatencyStats } from './measure-ack-latency.js';
