import { InputError as UserInputError } from '../errors/input-error.js';

/** Why a claim was refused. */
export type InputErrorReason = 'invalid' | 'empty' | 'too_long' | 'too_few_words';

/**
 * A claim the checker refuses to judge. It is the app's user-input error, so the one error handler
 * treats it like any other (exit code 2, the message as the reply); `message` is written for the user.
 * No retry can help until the input changes.
 */
export class InputError extends UserInputError {
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
