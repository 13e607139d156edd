import { z } from 'zod';
import { MAX_SPEAKER_LENGTH } from './command-definitions.js';
import { UserFacingError } from '../policy/index.js';

/**
 * The schema for the speaker of /quotes (questions use the app's `questionSchema`, quotes the quotes' `verifyRequestSchema`).
 * Discord enforces the declared option lengths too, but a stale command registration does not, so the bot checks again.
 */
export const speakerSchema = z
  .string()
  .trim()
  .max(MAX_SPEAKER_LENGTH, `Please keep speaker names under ${MAX_SPEAKER_LENGTH} characters.`)
  .transform((value) => (value.length === 0 ? null : value))
  .nullable();

/**
 * Validates one user input.
 * @throws UserFacingError with the schema's own message.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new UserFacingError(parsed.error.issues.map((issue) => issue.message).join(' '));
}
