import { z } from 'zod';
import { InputError } from '../errors/input-error.js';
import { hasControlCharacters } from '../text/control-characters.js';

export const MAX_QUESTION_LENGTH = 2000;

export const questionSchema = z
  .string()
  .transform((text) => text.trim())
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
