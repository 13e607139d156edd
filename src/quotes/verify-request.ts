import { z } from 'zod';
import { hasControlCharacters } from '../text/control-characters.js';
import { InputError } from '../errors/input-error.js';

export const MAX_QUOTE_CHARACTERS = 2000;

/** What `verify` accepts: from the CLI, a `--batch` line, a chat message or a Discord option. */
export const verifyRequestSchema = z.object({
  quote: z
    .string({ error: 'quote must be a string' })
    .min(1, { error: 'quote is empty' })
    .max(MAX_QUOTE_CHARACTERS, { error: `quote is longer than ${MAX_QUOTE_CHARACTERS} characters` })
    .refine((quote) => !hasControlCharacters(quote), { error: 'quote contains control characters' }),
  speaker: z
    .string({ error: 'speaker must be a string' })
    .max(200, { error: 'speaker is longer than 200 characters' })
    .refine((speaker) => !hasControlCharacters(speaker), { error: 'speaker contains control characters' })
    .nullish(),
});
export type VerifyRequest = z.input<typeof verifyRequestSchema>;

export interface ParsedVerifyRequest {
  readonly quote: string;
  /** Trimmed; null when none was given or it was blank. */
  readonly speaker: string | null;
}

/**
 * Validates a verify request.
 * @throws InputError with a message naming each field to fix.
 */
export function parseVerifyRequest(input: unknown): ParsedVerifyRequest {
  const parsed = verifyRequestSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path[0] === 'quote');
    const empty = parsed.error.issues.some((issue) => issue.code === 'too_small' && issue.path[0] === 'quote');
    throw new InputError(`Cannot check this quote: ${problems.join('; ')}.`, {
      reason: tooLong ? 'too_long' : empty ? 'empty' : 'invalid',
      cause: parsed.error,
    });
  }
  const speaker = parsed.data.speaker?.trim();
  return { quote: parsed.data.quote, speaker: speaker ? speaker : null };
}
