import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { processJsonLines } from '../src/cli/read-json-lines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lineSchema = z.object({ question: z.string() });
const echo = async (line: { question: string }) => ({ answer: line.question.toUpperCase() });

function collect(): { stream: PassThrough; lines: () => string[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, lines: () => text.split('\n').filter((line) => line.length > 0) };
}

describe('batch mode', () => {
  it('writes each result as soon as its line is done, before the input ends', async () => {
    const input = new PassThrough();
    const output = collect();
    const done = processJsonLines(input, output.stream, lineSchema, echo);
    input.write('{"question": "first"}\n');
    const first = await new Promise<string>((resolve) =>
      output.stream.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    );
    expect(first).toBe('{"answer":"FIRST"}\n');
    input.end('{"question": "second"}\n');
    expect(await done).toEqual({ lines: 2, errors: 0, outputClosed: false });
    expect(output.lines()).toEqual(['{"answer":"FIRST"}', '{"answer":"SECOND"}']);
  });

  it('refuses an over-long line with an error for that line only, without keeping it', async () => {
    const input = new PassThrough();
    const output = collect();
    const done = processJsonLines(input, output.stream, lineSchema, echo, { maxLineLength: 100 });
    input.write('{"question": "before"}\n');
    const chunk = 'x'.repeat(64 * 1024);
    input.write(`{"question": "`);
    for (let sent = 0; sent < 8 * 1024 * 1024; sent += chunk.length) input.write(chunk);
    input.end('"}\n{"question": "after"}');
    expect(await done).toEqual({ lines: 3, errors: 1, outputClosed: false });
    expect(output.lines()).toEqual([
      '{"answer":"BEFORE"}',
      '{"error":"line 2 is longer than 100 characters"}',
      '{"answer":"AFTER"}',
    ]);
  });

  it('stops reading when the reader goes away', async () => {
    const input = new PassThrough();
    const closed = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const done = processJsonLines(input, closed, lineSchema, echo);
    for (let line = 0; line < 50; line++) input.write('{"question": "again"}\n');
    const summary = await done;
    expect(summary.outputClosed).toBe(true);
    expect(summary.lines).toBeLessThan(50);
  });

  it('the CLI exits quietly when its output pipe closes (ask --batch | head -1)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--batch'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CORPUS_DIR: 'seeds' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => undefined);
    for (let line = 0; line < 200; line++) child.stdin.write('{"question": "Who did Pompeo meet in Sochi?"}\n');
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
