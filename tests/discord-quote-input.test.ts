import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The CLI's refusal of `verify <quote>`: its --json error, exactly what it tells the user. */
function cliRefusal(quote: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', '--json', quote], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CORPUS_DIR: 'seeds' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 2) return reject(new Error(`expected the CLI to refuse the quote, exit ${code}: ${stdout}`));
      resolve((JSON.parse(stdout) as { error: string }).error);
    });
  });
}

describe('one input schema for quotes: Discord and the CLI refuse the same quotes with the same words', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest();
  });
  afterAll(async () => harness?.stop());
  beforeEach(() => harness.clock.advance(61_000));

  it.each([
    ['a quote too short to prove anything', 'hi'],
    ['a quote with a control character', 'there was no\u0007 interference'],
    ['a quote longer than 2000 characters', 'we will keep talking '.repeat(100)],
  ])('/verify refuses %s as the CLI does', async (_, quote) => {
    const refusal = await cliRefusal(quote);
    const reply = await harness.discord.waitForReply(harness.discord.sendSlashCommand('verify', { quote }));
    expect(reply.message?.content).toBe(refusal);
  });

  it('the "Verify quote" menu refuses an overlong quotation as the CLI does', async () => {
    const quote = 'we will keep talking '.repeat(100).trim();
    const refusal = await cliRefusal(quote);
    const target = harness.discord.postUserMessage(`Lavrov said “${quote}”`, 'factChecker');
    const reply = await harness.discord.waitForReply(
      harness.discord.sendMessageCommand('Verify quote', target, { user: 'member' }),
    );
    expect(reply.message?.content).toBe(refusal);
  });
});
