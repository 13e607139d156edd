import { z } from 'zod';
import { InputError } from '../errors/input-error.js';

export const MAX_QUESTION_LENGTH = 2000;

/** Control characters other than tab and newline: never part of a real question. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** What a question may be, wherever it is typed: the CLI, the chat, a slash command or a DM. */
export const questionSchema = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z
      .string()
      .min(1, 'The question is empty.')
      .max(MAX_QUESTION_LENGTH, `The question is longer than ${MAX_QUESTION_LENGTH} characters.`)
      .refine((text) => !CONTROL.test(text), 'The question contains control characters.'),
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
