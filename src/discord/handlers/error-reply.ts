import { randomBytes } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import type { Logger } from 'pino';
import { escapeText } from '../rendering/index.js';
import { userMessageOf } from '../policy/index.js';

/** A short id users can quote to a moderator, and that the log carries. */
export function newRequestId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * Discord errors that mean "there is nobody left to answer": the interaction expired, or was
 * already answered. Replying again would only fail again.
 */
const UNANSWERABLE = new Set<number | string>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

export function isUnanswerable(error: unknown): boolean {
  return error instanceof DiscordAPIError && UNANSWERABLE.has(error.code);
}

/**
 * Logs an error with its details and returns what the user sees: the message of a user-facing
 * refusal, or a short apology with the request id. Never a stack trace or internal detail.
 */
export function describeFailure(error: unknown, requestId: string, logger: Logger): string {
  const userMessage = userMessageOf(error);
  if (userMessage !== null) {
    logger.info({ refusal: userMessage }, 'request refused');
    return escapeText(userMessage);
  }
  logger.error({ err: error }, 'request failed');
  return `Sorry, something went wrong on my side. If it keeps happening, give a moderator this request id: \`${requestId}\`.`;
}
