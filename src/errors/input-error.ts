/** Why an input was refused, for callers and tests that branch on it. */
export type InputErrorReason = 'invalid' | 'empty' | 'too_long' | 'too_few_words';

/**
 * Bad user input: the message is safe and meant for the user; front ends exit 2 or reply with it.
 * No retry can help until the input changes.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly reason: InputErrorReason;

  constructor(message: string, options: { reason?: InputErrorReason; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = options.reason ?? 'invalid';
  }
}
