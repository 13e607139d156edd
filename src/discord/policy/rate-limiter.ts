import type { Clock } from './clock.js';

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

const WINDOW_MS = 60_000;

/** A per-user sliding one-minute window: at most `perMinute` expensive requests per user. */
export class RateLimiter {
  readonly #recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  /** Counts the request if allowed; a refused request does not count against the user. */
  take(userId: string): RateDecision {
    const now = this.clock.now();
    const recent = (this.#recent.get(userId) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.#recent.set(userId, recent);
      return { allowed: false, retryAfterMs: WINDOW_MS - (now - (recent[0] ?? now)) };
    }
    recent.push(now);
    this.#recent.set(userId, recent);
    if (this.#recent.size > 10_000) this.#sweep(now);
    return { allowed: true };
  }

  /** Forgets users idle for a minute, so memory stays bounded by active users. */
  #sweep(now: number): void {
    for (const [userId, times] of this.#recent) {
      if (times.every((at) => now - at >= WINDOW_MS)) this.#recent.delete(userId);
    }
  }
}

/** The polite refusal, in whole seconds. */
export function rateLimitMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can check sources. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
