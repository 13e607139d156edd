import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord } from './fake-discord/index.js';
import type { FakeDiscord } from './fake-discord/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const START_BOT = join(ROOT, 'src', 'discord', 'entry', 'start-bot.ts');

async function until(condition: () => boolean, what: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('sharding', () => {
  let cwd: string;
  let discord: FakeDiscord;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    cwd = await mkdtemp(join(tmpdir(), 'verbatim-shards-'));
    await cp(join(ROOT, 'seeds'), join(cwd, 'corpus'), { recursive: true });
    discord = await startFakeDiscord({ shards: 2 });
  });
  afterAll(async () => {
    await discord?.close();
    await rm(cwd, { recursive: true, force: true });
  });

  it('SHARDS=auto runs the two shards /gateway/bot asks for, and a /reload at one shard reaches the other', async () => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR: join(cwd, 'corpus'),
      DATA_DIR: join(cwd, 'data'),
      LOG_LEVEL: 'info',
      SHARDS: 'auto',
    };
    const child = spawn(TSX, [START_BOT], { cwd, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await until(
        () => discord.identifies.length >= 2,
        () => `two shards to identify; the bot said:\n${stderr.slice(-3000)}`,
      );
      expect(discord.identifies.map((identify) => identify.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      await writeFile(
        join(cwd, 'corpus', 'new_article.txt'),
        'Talks resume\n\nLavrov said the talks were useful. "We will meet again soon," Lavrov said.\n',
      );
      // A reload slower than RELOAD_PROGRESS_DELAY_MS (a loaded machine) first shows its progress: wait for the report.
      const reply = await discord.waitForReply(
        discord.sendSlashCommand('reload', {}, { user: 'moderator' }),
        60_000,
        (edit) => !(edit.message?.content ?? '').startsWith('**Reloading'),
      );
      expect(reply.message?.content).toContain('**Corpus reloaded** in');
      await until(
        () => stderr.includes('corpus reloaded at another shard'),
        () => `the other shard to reload; the bot said:\n${stderr.slice(-3000)}`,
      );
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 180_000);
});
