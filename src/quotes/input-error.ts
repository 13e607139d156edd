/** Why a claim was refused. */
export type InputErrorReason = 'invalid' | 'empty' | 'too_long' | 'too_few_words';

/**
 * A request the checker refuses to judge. `message` is written for the user and is safe to show as is;
 * no retry can help until the input changes.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly reason: InputErrorReason;
  /** What was asked, for logs. */
  readonly input: unknown;
  readonly isRetryable = false;

  constructor(message: string, options: { reason: InputErrorReason; input: unknown; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = options.reason;
    this.input = options.input;
  }
}
