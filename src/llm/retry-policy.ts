/** How often and how long to wait before asking the model again after a transient failure. */
export interface RetryPolicy {
  /** Further attempts after the first. */
  readonly maxRetries: number;
  /** The first backoff; each further one doubles, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A server that asks (Retry-After) for a longer wait than this gets no retry: the user should not wait that long. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_TIMING = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 20_000 } as const;

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms`, else `retry-after` as seconds or an HTTP date.
 * Undefined when it asks nothing readable.
 */
export function parseRetryAfter(headers: Headers | undefined, nowMs: number): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Exponential backoff with up to 25% jitter taken off, so clients that failed together do not retry together. */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number): number {
  const delay = Math.min(policy.baseDelayMs * 2 ** retryIndex, policy.maxDelayMs);
  return Math.round(delay * (1 - random() * 0.25));
}
