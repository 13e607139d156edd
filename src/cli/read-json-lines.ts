import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import pLimit from 'p-limit';
import type { z } from 'zod';

export interface JsonLinesOptions {
  /** Lines handled at once. */
  readonly concurrency?: number;
  /** Longer lines are not kept in memory: they yield an error result and the batch goes on. */
  readonly maxLineLength?: number;
}

export interface JsonLinesSummary {
  readonly lines: number;
  readonly errors: number;
  /** The reader went away (a closed pipe): reading stopped early. */
  readonly outputClosed: boolean;
}

/** A request line with its number, or the number of a line too long to keep. */
type InputLine =
  | { readonly number: number; readonly text: string }
  | { readonly number: number; readonly tooLong: true };

/** Splits a stream into lines without ever holding more than `maxLength` characters of one line. */
async function* boundedLines(input: AsyncIterable<Buffer | string>, maxLength: number): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let current = '';
  let tooLong = false;
  let number = 0;
  const take = (piece: string) => {
    if (tooLong) return;
    if (current.length + piece.length > maxLength) {
      tooLong = true;
      current = '';
    } else current += piece;
  };
  const finish = (): InputLine => {
    number++;
    const line: InputLine = tooLong ? { number, tooLong: true } : { number, text: current.replace(/\r$/, '') };
    current = '';
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      take(text.slice(from, newline));
      yield finish();
      from = newline + 1;
    }
    take(text.slice(from));
  }
  take(decoder.end());
  if (current.length > 0 || tooLong) yield finish();
}

/**
 * Runs `handle` on every JSON line of `input` (bounded concurrency) and writes one JSON result per line, in input
 * order, each as soon as it and the lines before it are done. A bad or over-long line yields `{"error": "..."}` and
 * the batch goes on. Blank lines are skipped. When the output closes (EPIPE), reading stops and the summary says so.
 */
export async function processJsonLines<T>(
  input: AsyncIterable<Buffer | string>,
  output: NodeJS.WritableStream,
  schema: z.ZodType<T>,
  handle: (request: T) => Promise<unknown>,
  { concurrency = 4, maxLineLength = 64 * 1024 }: JsonLinesOptions = {},
): Promise<JsonLinesSummary> {
  const limit = pLimit(concurrency);
  let lines = 0;
  let errors = 0;
  let outputClosed = false;
  const onOutputError = () => {
    outputClosed = true;
  };
  output.on('error', onOutputError);

  async function result(line: { number: number; text: string } | { number: number; tooLong: true }): Promise<string> {
    try {
      if ('tooLong' in line) throw new Error(`line ${line.number} is longer than ${maxLineLength} characters`);
      const parsed = schema.safeParse(JSON.parse(line.text));
      if (!parsed.success)
        throw new Error(
          `invalid request: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')}`,
        );
      return JSON.stringify(await handle(parsed.data));
    } catch (error) {
      errors++;
      const message = error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message;
      return JSON.stringify({ error: message });
    }
  }

  async function write(text: string): Promise<void> {
    if (outputClosed) return;
    if (!output.write(`${text}\n`)) {
      await once(output, 'drain').catch(onOutputError);
    }
  }

  // Each line's write waits for the previous one: output stays in input order yet streams.
  let written: Promise<void> = Promise.resolve();
  let unwritten = 0;
  try {
    for await (const line of boundedLines(input, maxLineLength)) {
      if (outputClosed) break;
      if ('text' in line && line.text.trim() === '') continue;
      lines++;
      unwritten++;
      const pending = limit(() => result(line));
      written = written.then(async () => {
        await write(await pending);
        unwritten--;
      });
      // Read no further ahead than a few lines per worker, so a huge input never piles up in memory.
      if (unwritten >= concurrency * 4) await written;
    }
    await written;
  } finally {
    output.off('error', onOutputError);
  }
  return { lines, errors, outputClosed };
}
