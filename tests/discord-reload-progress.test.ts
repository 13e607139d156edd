import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';
import type { SentInteraction } from './fake-discord/start-fake-discord.js';

const ARTICLE = `Lavrov and Pompeo discuss the Arctic council in Rovaniemi

6 May, 2019 09:30

Foreign Minister Sergey Lavrov met US Secretary of State Mike Pompeo in Rovaniemi on Monday.

“We agreed that the Arctic must remain a territory of dialogue and cooperation,” Lavrov told reporters after the meeting.
`;

// No delay and no spacing: every phase of the reload (worked out in the worker, then applied) becomes an edit.
describe('reload progress shown to the moderator, through the fake Discord', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest({
      env: { MAX_DOCUMENT_BYTES: '20000', RELOAD_PROGRESS_DELAY_MS: '0', RELOAD_PROGRESS_INTERVAL_MS: '0' },
    });
  });
  afterAll(async () => harness?.stop());
  beforeEach(() => harness.clock.advance(61_000));

  /** The successive contents of the deferred reply, once the final report has arrived. */
  async function editsUntilReport(interaction: SentInteraction): Promise<string[]> {
    await harness.discord.waitForReply(interaction, 30_000, (reply) =>
      (reply.message?.content ?? '').includes('**Corpus reloaded**'),
    );
    return harness.discord
      .requestsFor(interaction)
      .filter((request) => request.method === 'PATCH' && request.path.endsWith('/messages/%40original'))
      .map((request) => (request.body as { content?: string }).content ?? '');
  }

  it('/reload edits the reply with each phase, then ends with the report', async () => {
    await writeFile(join(harness.corpusDir, 'arctic.txt'), ARTICLE);
    try {
      const edits = await editsUntilReport(harness.discord.sendSlashCommand('reload', {}, { user: 'moderator' }));
      const progress = edits.slice(0, -1);
      expect(progress[0]).toMatch(/^\*\*Reloading…\*\* read 3 files; analysing them…/);
      // The speaker registry is unchanged by the new article: only it is analysed and indexed.
      expect(progress.join('\n')).toContain('applying 1 changed document to the corpus');
      expect(progress.every((text) => text.includes('The current corpus keeps answering meanwhile.'))).toBe(true);
      expect(edits.at(-1)).toMatch(/^\*\*Corpus reloaded\*\*/);
      expect(edits.at(-1)).toContain('Added: `arctic.txt`');
    } finally {
      await rm(join(harness.corpusDir, 'arctic.txt'));
      await harness.discord.waitForReply(harness.discord.sendSlashCommand('reload', {}, { user: 'moderator' }));
    }
  });

  it('/corpus add shows progress under its preface, and the report last', async () => {
    const upload = harness.discord.uploadAttachment('rovaniemi-arctic.txt', ARTICLE);
    const edits = await editsUntilReport(
      harness.discord.sendSlashCommand('corpus add', { file: upload }, { user: 'factChecker' }),
    );
    expect(edits.length).toBeGreaterThan(1);
    expect(edits[0]).toMatch(/^Added `rovaniemi-arctic\.txt`\.\n\*\*Reloading…\*\* read 3 files/);
    expect(edits.at(-1)).toMatch(/^Added `rovaniemi-arctic\.txt`\.\n\*\*Corpus reloaded\*\*/);
    await rm(join(harness.corpusDir, 'rovaniemi-arctic.txt'));
  });
});
