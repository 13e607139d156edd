import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseVerifyRequest } from '../src/quotes/verify-request.js';
import { escapeForTerminal } from '../src/text/control-characters.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ESC = '\u001B';
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CORPUS_DIR: 'seeds' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

describe('control characters', () => {
  it('are refused in a quote and in a speaker, wherever verify is called from', () => {
    expect(() => parseVerifyRequest({ quote: `We should give Mueller credit${ESC}[2J` })).toThrow(
      'Cannot check this quote: quote contains control characters.',
    );
    expect(() => parseVerifyRequest({ quote: 'We should give Mueller credit', speaker: `${ESC}[31mPutin` })).toThrow(
      'Cannot check this quote: speaker contains control characters.',
    );
    expect(parseVerifyRequest({ quote: 'We should give Mueller credit,\tsaid\nPutin', speaker: 'Putin' }).speaker).toBe(
      'Putin',
    );
  });

  it('verify --speaker with an escape sequence exits 2 with a clear message, and nothing raw reaches the terminal', async () => {
    const run = await cli(['verify', 'We should give Mueller credit', '--speaker', `${ESC}]0;pwned${ESC}\\Putin`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('verbatim: Cannot check this quote: speaker contains control characters.\n');
    expect(run.stdout + run.stderr).not.toContain(ESC);
  });

  it('a name the corpus never mentions is shown escaped, not obeyed by the terminal', async () => {
    const run = await cli([
      'verify',
      'We should give Mueller credit',
      '--speaker',
      `Pom${RIGHT_TO_LEFT_OVERRIDE}peo Smith`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(RIGHT_TO_LEFT_OVERRIDE);
    expect(run.stdout).toContain('Pom\\u{202e}peo Smith');
    expect(escapeForTerminal(`a\tb\nc${ESC}[0m`)).toBe('a\tb\nc\\u{1b}[0m');
  });
});
