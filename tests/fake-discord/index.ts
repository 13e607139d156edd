export { startFakeDiscord } from './start-fake-discord.js';
export type { FakeDiscord } from './start-fake-discord.js';
export type { RecordedRequest } from './request-log.js';
export { measureInteractionBurst } from './measure-ack-latency.js';
