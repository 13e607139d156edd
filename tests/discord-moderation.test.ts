import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';

const ARTICLE = `Lavrov and Pompeo discuss the Arctic council in Rovaniemi

6 May, 2019 09:30

Foreign Minister Sergey Lavrov met US Secretary of State Mike Pompeo in Rovaniemi on Monday.

“We agreed that the Arctic must remain a territory of dialogue and cooperation,” Lavrov told reporters after the meeting.
`;

describe('moderator commands, end to end through the fake Discord', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest({ env: { MAX_DOCUMENT_BYTES: '20000' } });
  });
  afterAll(async () => harness?.stop());
  beforeEach(() => harness.clock.advance(61_000));

  async function reply(
    name: string,
    options: Parameters<BotUnderTest['discord']['sendSlashCommand']>[1],
    source: Parameters<BotUnderTest['discord']['sendSlashCommand']>[2],
  ) {
    const interaction = harness.discord.sendSlashCommand(name, options, source);
    const result = await harness.discord.waitForReply(interaction);
    return { ...result, interaction, text: result.message?.content ?? '' };
  }

  it('refuses /reload and /corpus add to a member without Manage Server or a moderator role', async () => {
    const files = await readdir(harness.corpusDir);
    const reload = await reply('reload', {}, { user: 'member' });
    expect(reload.callbackType).toBe(4);
    expect(reload.ephemeral).toBe(true);
    expect(reload.text).toMatch(/^Only moderators can change the corpus/);
    const upload = await reply(
      'corpus add',
      { file: harness.discord.uploadAttachment('arctic.txt', ARTICLE) },
      { user: 'member' },
    );
    expect(upload.text).toMatch(/^Only moderators can change the corpus/);
    const inDm = await reply('reload', {}, { user: 'moderator', dm: true });
    expect(inDm.text).toMatch(/^Only moderators/);
    expect(await readdir(harness.corpusDir)).toEqual(files);
  });

  it('lets Manage Server, a moderator role, and an owner in DMs reload', async () => {
    const version = harness.service.corpusVersion();
    for (const source of [
      { user: 'moderator' as const },
      { user: 'factChecker' as const },
      { user: 'owner' as const, dm: true },
    ]) {
      const result = await reply('reload', {}, source);
      expect(result.ephemeral).toBe(true);
      expect(result.text).toContain(`**Corpus reloaded** in`);
      expect(result.text).toContain(`version \`${version}\` (unchanged)`);
      expect(result.text).toContain('2 documents');
      // Quicker than RELOAD_PROGRESS_DELAY_MS (the test clock stands still): the report is the only edit.
      const edits = harness.discord
        .requestsFor(result.interaction)
        .filter((request) => request.method === 'PATCH' && request.path.endsWith('/messages/%40original'));
      expect(edits).toHaveLength(1);
    }
  });

  it('/reload picks up a new file, says what changed, and answers from it', async () => {
    const before = harness.service.corpusVersion();
    await writeFile(join(harness.corpusDir, 'arctic.txt'), ARTICLE);
    const result = await reply('reload', {}, { user: 'moderator' });
    expect(result.text).toMatch(new RegExp(`version \`[0-9a-f]+\` \\(was \`${before}\`\\)`));
    expect(result.text).toContain('3 documents');
    expect(result.text).toContain('Added: `arctic.txt` · Removed: none · Changed: none');
    const asked = await reply('ask', { question: 'What did Lavrov say about the Arctic?' }, { user: 'member' });
    expect(asked.text).toContain('territory of dialogue and cooperation');
    await rm(join(harness.corpusDir, 'arctic.txt'));
    const removed = await reply('reload', {}, { user: 'moderator' });
    expect(removed.text).toContain('Removed: `arctic.txt`');
  });

  it('a failed reload says why and leaves the old corpus answering', async () => {
    const serving = harness.service.corpusVersion();
    const names = (await readdir(harness.corpusDir)).filter((name) => name.endsWith('.txt'));
    const originals = await Promise.all(names.map((name) => readFile(join(harness.corpusDir, name))));
    await Promise.all(names.map((name) => writeFile(join(harness.corpusDir, name), 'Headline only\n')));
    try {
      const result = await reply('reload', {}, { user: 'moderator' });
      expect(result.text).toMatch(new RegExp(`^\\*\\*Reload failed\\.\\*\\* Still serving corpus \`${serving}\`\\.`));
      expect(result.text).toMatch(/Reason: .*no readable documents .*it has no citable sentences/);
      expect(result.text).toMatch(/Request id: `[0-9a-f]{8}`/);
      const asked = await reply('ask', { question: 'Who did Pompeo meet in Sochi?' }, { user: 'member' });
      expect(asked.text).toContain('Sochi');
      expect(asked.message?.embeds[0]?.footer?.text).toContain(serving);
    } finally {
      await Promise.all(names.map((name, index) => writeFile(join(harness.corpusDir, name), originals[index] ?? '')));
    }
  });

  it('a malformed manifest.json costs only its metadata: the reload succeeds and names it', async () => {
    await writeFile(join(harness.corpusDir, 'manifest.json'), '{ not json');
    try {
      const result = await reply('reload', {}, { user: 'moderator' });
      expect(result.text).toContain('**Corpus reloaded**');
      expect(result.text).toMatch(/Refused: `manifest\.json` \(it is not readable JSON/);
    } finally {
      await rm(join(harness.corpusDir, 'manifest.json'));
    }
  });

  it('/corpus add writes a checked upload into the corpus and reloads', async () => {
    const upload = harness.discord.uploadAttachment('rovaniemi-arctic.txt', ARTICLE);
    const result = await reply('corpus add', { file: upload }, { user: 'factChecker' });
    expect(result.text).toMatch(/^Added `rovaniemi-arctic\.txt`\.\n\*\*Corpus reloaded\*\*/);
    expect(result.text).toContain('Added: `rovaniemi-arctic.txt`');
    expect(await readdir(harness.corpusDir)).toContain('rovaniemi-arctic.txt');
    const quotes = await reply('quotes', { speaker: 'Sergey Lavrov' }, { user: 'member' });
    expect(quotes.text).toContain('territory of dialogue and cooperation');
    await rm(join(harness.corpusDir, 'rovaniemi-arctic.txt'));
    await reply('reload', {}, { user: 'moderator' });
  });

  it('refuses uploads with a path, binary content, or too many bytes, writing nothing', async () => {
    const { discord } = harness;
    const files = await readdir(harness.corpusDir);
    const cases = [
      { file: discord.uploadAttachment('../../outside.txt', ARTICLE), expected: /contains a path/ },
      { file: discord.uploadAttachment('..\\outside.txt', ARTICLE), expected: /contains a path/ },
      { file: discord.uploadAttachment('notes.exe', ARTICLE), expected: /Only \.txt and \.md files/ },
      {
        file: discord.uploadAttachment(
          'photo.txt',
          new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]),
          'image/png',
        ),
        expected: /not UTF-8 text/,
      },
      { file: discord.uploadAttachment('nulls.txt', 'text\u0000with\u0000nulls'), expected: /looks binary/ },
      { file: discord.uploadAttachment('huge.txt', 'word '.repeat(5_000)), expected: /larger than 20 kB/ },
      // Discord's stated size is not trusted: the download itself is capped.
      {
        file: { ...discord.uploadAttachment('liar.txt', 'word '.repeat(5_000)), size: 100 },
        expected: /larger than 20 kB/,
      },
    ];
    for (const { file, expected } of cases) {
      const result = await reply('corpus add', { file }, { user: 'moderator' });
      expect(result.text, file.filename).toMatch(expected);
    }
    expect(await readdir(harness.corpusDir)).toEqual(files);
  });

  it('/corpus add refuses an existing name unless asked to replace it, and says which document it replaced', async () => {
    const existing = (await readdir(harness.corpusDir)).find((name) => name.endsWith('.txt')) ?? '';
    const original = await readFile(join(harness.corpusDir, existing));
    const title = harness.service.sources().find((source) => source.source === existing)?.title ?? '';
    const version = harness.service.corpusVersion();
    try {
      const refused = await reply(
        'corpus add',
        { file: harness.discord.uploadAttachment(existing, ARTICLE) },
        { user: 'moderator' },
      );
      expect(refused.text).toBe(
        `${existing.replace(/_/g, '\\_')} is already in the corpus. Nothing was changed; to replace it, add it again with the replace option.`,
      );
      expect(await readFile(join(harness.corpusDir, existing))).toEqual(original);
      expect(harness.service.corpusVersion()).toBe(version);

      const replaced = await reply(
        'corpus add',
        { file: harness.discord.uploadAttachment(existing, ARTICLE), replace: true },
        { user: 'moderator' },
      );
      expect(replaced.text.startsWith(`Replaced \`${existing}\` (*${title.slice(0, 20)}`)).toBe(true);
      expect(replaced.text).toContain(`Changed: \`${existing}\``);
      expect(await readFile(join(harness.corpusDir, existing), 'utf8')).toBe(ARTICLE);
    } finally {
      await writeFile(join(harness.corpusDir, existing), original);
      await reply('reload', {}, { user: 'moderator' });
    }
  });

  it('/corpus remove and /corpus list are for moderators only; remove reloads and list shows files not loaded', async () => {
    await writeFile(join(harness.corpusDir, 'arctic.txt'), ARTICLE);
    await symlink(join(harness.corpusDir, 'arctic.txt'), join(harness.corpusDir, 'linked.txt'));
    try {
      await reply('reload', {}, { user: 'moderator' });
      for (const [name, options] of [
        ['corpus remove', { name: 'arctic.txt' }],
        ['corpus list', {}],
      ] as const) {
        const refused = await reply(name, options, { user: 'member' });
        expect(refused.text).toMatch(/^Only moderators can change the corpus/);
        const inDm = await reply(name, options, { user: 'moderator', dm: true });
        expect(inDm.text).toMatch(/^Only moderators/);
      }
      expect(await readdir(harness.corpusDir)).toContain('arctic.txt');

      const listed = await reply('corpus list', {}, { user: 'factChecker' });
      expect(listed.ephemeral).toBe(true);
      expect(listed.text).toMatch(/^\*\*3 documents\*\* in corpus/);
      expect(listed.text).toContain('• `linked.txt`: it is a symbolic link; only regular files are loaded');

      const removed = await reply('corpus remove', { name: 'arctic.txt' }, { user: 'moderator' });
      expect(removed.text).toMatch(
        /^Removed `arctic\.txt` \(\*Lavrov and Pompeo discuss the Arctic council in Rovaniemi\*\)\.\n\*\*Corpus reloaded\*\*/,
      );
      expect(removed.text).toContain('Removed: `arctic.txt`');
      expect(await readdir(harness.corpusDir)).not.toContain('arctic.txt');

      const missing = await reply('corpus remove', { name: 'arctic.txt' }, { user: 'moderator' });
      expect(missing.text).toBe('There is no document called arctic.txt in the corpus.');
    } finally {
      await rm(join(harness.corpusDir, 'linked.txt'), { force: true });
      await rm(join(harness.corpusDir, 'arctic.txt'), { force: true });
      await reply('reload', {}, { user: 'moderator' });
    }
  });
});
