import { z } from 'zod';
import { InputError } from '../errors/input-error.js';
import { hasControlCharacters } from '../text/control-characters.js';

export const MAX_QUESTION_LENGTH = 2000;

/** Digits after a question's closing question mark ("...in Sochi? 0") are a slip of the keyboard, not a question word. */
const TRAILING_NOISE = /(\?)[\s\p{N}]+$/u;

/** What a question may be, wherever it is typed: the CLI, the chat, a slash command or a DM. */
export const questionSchema = z
  .string()
  .transform((text) => text.trim().replace(TRAILING_NOISE, '$1'))
  .pipe(
    z
      .string()
      .min(1, 'The question is empty.')
      .max(MAX_QUESTION_LENGTH, `The question is longer than ${MAX_QUESTION_LENGTH} characters.`)
      .refine((text) => !hasControlCharacters(text), 'The question contains control characters.'),
  );

/**
 * Validates a question or quote typed by a user.
 * @throws InputError with a message fit for the user.
 */
export function parseUserText(text: unknown, schema: z.ZodType<string> = questionSchema): string {
  const parsed = schema.safeParse(text);
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues[0]?.message ?? 'Invalid input.');
}
