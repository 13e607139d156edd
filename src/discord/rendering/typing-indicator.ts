/** Discord shows "is typing..." for about 10 seconds per request; refresh a little sooner. */
const TYPING_REFRESH_MS = 8_000;

/**
 * Keeps the typing indicator alive while `work` runs. Typing failures are ignored on purpose:
 * the indicator is cosmetic and must never fail the answer.
 */
export async function whileTyping<T>(sendTyping: () => Promise<unknown>, work: () => Promise<T>): Promise<T> {
  const type = () => void sendTyping().catch(() => {});
  type();
  const timer = setInterval(type, TYPING_REFRESH_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
