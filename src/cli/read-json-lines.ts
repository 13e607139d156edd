import { createInterface } from 'node:readline';
import pLimit from 'p-limit';
import type { z } from 'zod';

/**
 * Runs `handle` on every JSON line of `input` (bounded concurrency) and writes one JSON result per line,
 * in input order. A bad line yields `{"error": "..."}` and the batch goes on. Blank lines are skipped.
 */
export async function processJsonLines<T>(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  schema: z.ZodType<T>,
  handle: (request: T) => Promise<unknown>,
  concurrency = 4,
): Promise<{ lines: number; errors: number }> {
  const limit = pLimit(concurrency);
  const pending: Promise<string>[] = [];
  let errors = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    pending.push(
      limit(async () => {
        try {
          const parsed = schema.safeParse(JSON.parse(line));
          if (!parsed.success) throw new Error(`invalid request: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')}`);
          return JSON.stringify(await handle(parsed.data));
        } catch (error) {
          errors++;
          const message = error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message;
          return JSON.stringify({ error: message });
        }
      }),
    );
  }
  for (const result of pending) output.write(`${await result}\n`);
  return { lines: pending.length, errors };
}
