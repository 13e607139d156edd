/**
 * A refusal whose message is written for the user (a bad file name, a file too large...).
 * The error handler shows its message; any other error becomes an apology with a request id.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/** Errors whose message may be shown to users: ours, and the service's InputError (bad input, by contract). */
export function userMessageOf(error: unknown): string | null {
  if (error instanceof UserFacingError) return error.message;
  if (error instanceof Error && error.name === 'InputError') return error.message;
  return null;
}
