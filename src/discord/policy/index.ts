/** Who may do what, how often, and what the user is told when refused. The public surface of src/discord/policy/. */
export { systemClock, type Clock } from './clock.js';
export { FeedbackLog, feedbackButtons, parseFeedbackId } from './feedback-log.js';
export { RateLimiter, rateLimitMessage } from './rate-limiter.js';
export { UserFacingError, userMessageOf } from './user-facing-error.js';
export { actorOf } from './actor-of.js';
export { isModerator } from './moderator-check.js';
