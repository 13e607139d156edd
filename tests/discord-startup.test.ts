import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { discordTokenProblem } from '../src/discord/entry/index.js';
import { registerCommands } from '../src/discord/entry/index.js';
import { startFakeDiscord } from './fake-discord/index.js';
import type { FakeDiscord } from './fake-discord/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const START_BOT = join(ROOT, 'src', 'discord', 'entry', 'start-bot.ts');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm start`'s entry in an empty directory (no .env), with only the given environment. */
function runStartBot(
  env: Record<string, string>,
  cwd: string,
  whileRunning?: (child: ReturnType<typeof spawn>) => Promise<void>,
): Promise<Run> {
  const child = spawn(TSX, [START_BOT], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return whileRunning ? whileRunning(child).then(() => exited) : exited;
}

describe('starting the bot', () => {
  let cwd: string;
  let discord: FakeDiscord;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    cwd = await mkdtemp(join(tmpdir(), 'verbatim-start-'));
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await discord?.close();
    await rm(cwd, { recursive: true, force: true });
  });

  it('without DISCORD_TOKEN prints one line saying what to set and that chat works offline, and exits 1', async () => {
    const run = await runStartBot({}, cwd);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_TOKEN is not set: .*\.env.*`npm run chat` works offline/);
  });

  it('with a malformed DISCORD_TOKEN says so in one line and exits 1', async () => {
    const run = await runStartBot({ DISCORD_TOKEN: 'Bot not-a-token' }, cwd);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^DISCORD_TOKEN does not look like a bot token .*without the "Bot " prefix.*npm run chat/,
    );
    expect(discordTokenProblem('"abc.def.ghi"')).toMatch(/without quotation marks/);
    expect(discordTokenProblem(discord.token)).toBeNull();
  });

  it('npm start connects to Discord, answers, and exits cleanly on SIGTERM', async () => {
    const env = {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      CORPUS_DIR: join(ROOT, 'seeds'),
      DATA_DIR: join(cwd, 'data'),
      LOG_LEVEL: 'info',
    };
    const run = await runStartBot(env, cwd, async (child) => {
      await discord.waitForIdentify(15_000);
      const reply = await discord.waitForReply(
        discord.sendSlashCommand('ask', { question: 'Who did Pompeo meet in Sochi?' }),
        10_000,
      );
      expect(reply.message?.content).toContain('Sochi');
      child.kill('SIGTERM');
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/"msg":"shutting down"/);
    expect(run.stderr).toMatch(/"msg":"disconnected from Discord"/);
    expect(run.stderr).not.toContain(discord.token);
  });

  it('npm run deploy-commands registers every command, moderator ones behind Manage Server, in DMs only when owners are set', async () => {
    const config = parseConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl });
    expect(await registerCommands(config)).toEqual({ count: 7, scope: 'globally' });
    const globalPut = await discord.waitForRequest(
      (request) => request.route === 'PUT /applications/:applicationId/commands',
    );
    // The application id came from GET /applications/@me, since DISCORD_APPLICATION_ID was not set.
    expect(globalPut.params.applicationId).toBe(discord.applicationId);
    const commands = globalPut.body as {
      name: string;
      type?: number;
      default_member_permissions?: string | null;
      contexts?: number[];
    }[];
    const byName = new Map(commands.map((command) => [command.name, command]));
    expect([...byName.keys()].sort()).toEqual([
      'Verify quote',
      'ask',
      'corpus',
      'quotes',
      'reload',
      'sources',
      'verify',
    ]);
    for (const name of ['reload', 'corpus']) {
      expect(byName.get(name)?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
      expect(byName.get(name)?.contexts).toEqual([InteractionContextType.Guild]);
    }
    expect(byName.get('ask')?.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(byName.get('Verify quote')?.type).toBe(ApplicationCommandType.Message);

    const guildConfig = parseConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.world.guild.id,
      DISCORD_APPLICATION_ID: discord.applicationId,
    });
    expect(await registerCommands(guildConfig)).toEqual({ count: 7, scope: `in guild ${discord.world.guild.id}` });
    const ownersConfig = parseConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: discord.apiUrl,
      OWNER_USER_IDS: '123456789012345678',
    });
    await registerCommands(ownersConfig);
    const ownersPut = discord.requests
      .filter((request) => request.route === 'PUT /applications/:applicationId/commands')
      .at(-1);
    const withOwners = new Map(
      ((ownersPut?.body as { name: string; contexts?: number[] }[] | undefined) ?? []).map((command) => [
        command.name,
        command,
      ]),
    );
    for (const name of ['reload', 'corpus'])
      expect(withOwners.get(name)?.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
  });
});
