import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';
import type { RecordedRequest } from './fake-discord/index.js';

/** A long speech, so the real offline engine writes an answer longer than one Discord message. */
function harbourSpeech(): string {
  const words =
    'harbour reform dredging quay berth tariff pilots tugboat cranes container ferry lighthouse breakwater mooring customs ledger wharf freight channel tide'.split(
      ' ',
    );
  const paragraphs = [1, 2, 3, 4, 5].map((n) => {
    const body = Array.from({ length: 140 }, (_, i) => words[(i * i * 31 + n * 17 + i * 7) % words.length]).join(' ');
    return `Harbour commissioner Zelda Quimby said: “The harbour reform plan number ${n} covers ${body}.”`;
  });
  return `Quimby delivers marathon address on harbour reform\n\n12 May, 2019 10:00\n\n${paragraphs.join('\n\n')}\n`;
}

function messageBodies(requests: readonly RecordedRequest[]): Record<string, unknown>[] {
  return requests
    .filter((request) => request.method !== 'GET' && request.route !== 'POST /channels/:channelId/typing')
    .map((request) => request.body as Record<string, unknown> | undefined)
    .map((body) => (body?.data as Record<string, unknown> | undefined) ?? body ?? {})
    .filter((body) => typeof body.content === 'string' || Array.isArray(body.embeds));
}

describe('slash commands, end to end through the fake Discord', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest({ documents: { 'quimby-harbour.txt': harbourSpeech() } });
  });
  afterAll(async () => harness?.stop());
  // Each test starts with fresh rate-limit windows.
  beforeEach(() => harness.clock.advance(61_000));

  it('/ask defers at once, then edits in a cited answer with a sources embed and feedback buttons', async () => {
    const { discord } = harness;
    const interaction = discord.sendSlashCommand('ask', {
      question: 'What did Putin say about collusion and interference in the elections?',
    });
    const ack = await discord.waitForAck(interaction);
    expect(ack.body).toMatchObject({ type: 5 });
    expect(((ack.body as { data?: { flags?: number } }).data?.flags ?? 0) & 64).toBe(0);
    expect(ack.at - interaction.dispatchedAt).toBeLessThan(1_000);
    const reply = await discord.waitForReply(interaction);
    const message = reply.message;
    expect(reply.ephemeral).toBe(false);
    expect(message?.content).toMatch(/Vladimir Putin said: “.*no interference on our part in the elections.*” \[1\]/s);
    const sources = message?.embeds[0];
    expect(sources?.title).toBe('Sources');
    expect(sources?.fields?.[0]?.name).toMatch(/^\[1\] Vladimir Putin · UrduPoint News \/ Sputnik · 2019-05-15$/);
    expect(sources?.footer?.text).toMatch(/^Corpus [0-9a-f]+ · offline$/);
    const buttons = (
      message?.components?.[0] as { components: { custom_id: string; emoji?: { name: string } }[] } | undefined
    )?.components;
    expect(buttons?.map((button) => button.emoji?.name)).toEqual(['👍', '👎']);
  });

  it('/ask private answers only the asker', async () => {
    const { discord } = harness;
    const interaction = discord.sendSlashCommand('ask', { question: 'Who did Pompeo meet in Sochi?', private: true });
    expect((await discord.waitForAck(interaction)).body).toEqual({ type: 5, data: { flags: 64 } });
    const reply = await discord.waitForReply(interaction);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message?.content).toContain('Sochi');
  });

  it('/ask declines plainly when the corpus has no answer', async () => {
    const interaction = harness.discord.sendSlashCommand('ask', { question: 'What is the capital of France?' });
    const reply = await harness.discord.waitForReply(interaction);
    expect(reply.message?.content).toMatch(/^\*\*I can't answer that from the corpus\.\*\*/);
    expect(reply.message?.embeds[0]?.description).toBe('No sources cited.');
  });

  it('splits an answer longer than 2000 characters without cutting a quotation or a citation', async () => {
    const { discord } = harness;
    const interaction = discord.sendSlashCommand('ask', {
      question: 'What did Zelda Quimby say about the harbour reform plan?',
    });
    // The buttons ride on the last part, so the whole answer has arrived once they have.
    const reply = await discord.waitForReply(interaction, 5_000, (sofar) =>
      sofar.followUps.some((message) => (message.components ?? []).length > 0),
    );
    const messages = [reply.message, ...reply.followUps].filter((message): message is APIMessage => message !== null);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.content.length).toBeLessThanOrEqual(2000);
      // Every part opens and closes the same number of quotations, so none is cut in two.
      expect((message.content.match(/“/g) ?? []).length).toBe((message.content.match(/”/g) ?? []).length);
    }
    const whole = messages.map((message) => message.content).join('\n');
    expect(whole).toMatch(/\[1\][\s\S]*\[2\][\s\S]*\[3\]/);
    // Each quotation is longer than an embed field, so each citation gets an embed of its own, uncut.
    const citations = (messages.at(-1)?.embeds ?? []).map((embed) => embed.title ?? '');
    expect(citations.map((title) => title.slice(0, 3))).toEqual(['[1]', '[2]', '[3]']);
    for (const embed of messages.at(-1)?.embeds ?? [])
      expect(embed.description).toMatch(/^“The harbour reform plan number \d covers [a-z ]+\.”/);
    expect(messages.at(-1)?.components).toHaveLength(1);
  });

  it('@everyone in a question pings nobody: allowed mentions are empty and the text is defused', async () => {
    const { discord } = harness;
    const question = `@everyone what did Putin say about collusion? <@&${discord.world.roles.moderators}>`;
    const asked = discord.sendSlashCommand('ask', { question });
    const askReply = await discord.waitForReply(asked);
    const checked = discord.sendSlashCommand('verify', {
      quote: '@everyone there was no interference on our part in the elections',
    });
    const checkReply = await discord.waitForReply(checked);
    for (const interaction of [asked, checked]) {
      for (const body of messageBodies(discord.requestsFor(interaction)))
        expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    for (const reply of [askReply, checkReply]) {
      expect(discord.pingsOf(reply.message?.id ?? '')).toEqual({ everyone: false, users: [], roles: [] });
      expect(reply.message?.content).not.toMatch(/(?<!\\)@everyone/);
    }
    expect(checkReply.message?.content).toContain('@\u200beveryone');
  });

  it('/verify shows the verdict, the corpus passage and the differences', async () => {
    const { discord } = harness;
    const verified = discord.sendSlashCommand('verify', {
      quote: 'there was no interference on our part in the elections',
      speaker: 'Vladimir Putin',
    });
    const verifiedText = (await discord.waitForReply(verified)).message?.content ?? '';
    expect(verifiedText).toContain('✅ **Verified**');
    expect(verifiedText).toContain('**In the corpus**');
    expect(verifiedText).toMatch(/> .*\*\*there was no interference on our part in the elections\*\*/);

    const altered = discord.sendSlashCommand('verify', {
      quote: 'there was absolutely no interference on our part in the elections',
    });
    const alteredText = (await discord.waitForReply(altered)).message?.content ?? '';
    expect(alteredText).toContain('✏️ **Altered**');
    expect(alteredText).toMatch(/• added: \*\*absolutely\*\*/);

    const invented = discord.sendSlashCommand('verify', { quote: 'we will build a bridge to the moon by Thursday' });
    expect((await discord.waitForReply(invented)).message?.content).toContain('❌ **Not found**');
  });

  it('/quotes autocompletes speakers and lists their quotations whole', async () => {
    const { discord } = harness;
    const typing = discord.sendAutocomplete('quotes', { speaker: 'put' }, 'speaker');
    const choices = (await discord.waitForReply(typing)).choices ?? [];
    expect(choices.map((choice) => choice.name)).toContain('Vladimir Putin');
    expect(choices.length).toBeLessThanOrEqual(25);

    const listed = discord.sendSlashCommand('quotes', { speaker: 'Vladimir Putin' });
    const text = (await discord.waitForReply(listed)).message?.content ?? '';
    expect(text).toMatch(/^\*\*\d+ quotations? by Vladimir Putin:\*\*/);
    expect(text).toContain('no interference on our part in the elections');

    const unknown = discord.sendSlashCommand('quotes', { speaker: 'Zaphod Beeblebrox' });
    const refusal = await discord.waitForReply(unknown);
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.message?.content).toMatch(/No speaker called Zaphod Beeblebrox/);
  });

  it('/sources lists every document', async () => {
    const interaction = harness.discord.sendSlashCommand('sources');
    const text = (await harness.discord.waitForReply(interaction)).message?.content ?? '';
    expect(text).toMatch(/^\*\*3 documents\*\* in corpus `[0-9a-f]+`:/);
    expect(text).toContain('`003_35b4c60fcfc4f624.txt`');
    expect(text).toContain(
      '*Pompeo Leaves Sochi With US-Russian Arms Control Plan, Hope For Improving Relations* (UrduPoint News / Sputnik, 2019-05-15)',
    );
  });

  it('the "Verify quote" menu checks the quotation in a message, privately', async () => {
    const { discord } = harness;
    const target = discord.postUserMessage(
      'Apparently Putin said “there was no interference on our part in the elections” lol',
      'factChecker',
    );
    const interaction = discord.sendMessageCommand('Verify quote', target, { user: 'member' });
    expect((await discord.waitForAck(interaction)).body).toEqual({ type: 5, data: { flags: 64 } });
    const reply = await discord.waitForReply(interaction);
    expect(reply.ephemeral).toBe(true);
    expect(reply.message?.content).toContain('✅ **Verified**');
    expect(reply.message?.content).toContain('attributed to Vladimir Putin');
  });

  it('👍/👎 append the vote, question, answer and corpus version to the feedback log', async () => {
    const { discord } = harness;
    const interaction = discord.sendSlashCommand('ask', { question: 'Who did Pompeo meet in Sochi?' });
    const answer = (await discord.waitForReply(interaction)).message;
    if (!answer) throw new Error('no answer');
    const upButton =
      (answer.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components[0]?.custom_id ?? '';
    expect(upButton).toMatch(/^feedback:up:/);
    const up = discord.clickButton(answer, upButton, 'moderator');
    const thanks = await discord.waitForReply(up);
    expect(thanks.ephemeral).toBe(true);
    expect(thanks.message?.content).toMatch(/^Thanks! Glad it helped/);
    const lines = (await readFile(join(harness.dataDir, 'feedback.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({
      vote: 'up',
      userId: discord.world.users.moderator.id,
      question: 'Who did Pompeo meet in Sochi?',
      corpusVersion: harness.service.corpusVersion(),
      engine: 'offline',
    });
    expect(String(lines.at(-1)?.answer)).toContain('Sochi');
  });

  it('rate-limits each user with a polite private reply', async () => {
    const { discord, config } = harness;
    const replies = [];
    for (let index = 0; index <= config.RATE_LIMIT_PER_MINUTE; index += 1) {
      replies.push(
        await discord.waitForReply(
          discord.sendSlashCommand(
            'ask',
            { question: `Who did Pompeo meet in Sochi? (${index})` },
            { user: 'outsider' },
          ),
        ),
      );
    }
    const refused = replies.at(-1);
    expect(refused?.callbackType).toBe(4);
    expect(refused?.ephemeral).toBe(true);
    expect(refused?.message?.content).toMatch(
      /^You're asking faster than I can check sources\. Please try again in \d+ seconds?\.$/,
    );
    const someoneElse = await discord.waitForReply(
      discord.sendSlashCommand('ask', { question: 'Who did Pompeo meet in Sochi?' }, { user: 'factChecker' }),
    );
    expect(someoneElse.callbackType).toBe(5);
  });

  it('an internal error becomes a short apology with a request id; the details go only to the log; the vote can be retried', async () => {
    const { discord } = harness;
    const interaction = discord.sendSlashCommand('ask', { question: 'Who did Pompeo meet in Sochi?' });
    const answer = (await discord.waitForReply(interaction)).message;
    if (!answer) throw new Error('no answer');
    // A data directory that is a file makes the feedback log fail, as a full or read-only disk would.
    const { writeFile, rm } = await import('node:fs/promises');
    await rm(harness.dataDir, { recursive: true, force: true });
    await writeFile(harness.dataDir, 'not a directory');
    const customId =
      (answer.components?.[0] as { components: { custom_id: string }[] } | undefined)?.components[1]?.custom_id ?? '';
    const reply = await discord.waitForReply(discord.clickButton(answer, customId, 'factChecker'));
    const text = reply.message?.content ?? '';
    expect(text).toMatch(
      /^Sorry, something went wrong on my side\. If it keeps happening, give a moderator this request id: `([0-9a-f]{8})`\.$/,
    );
    expect(text).not.toMatch(/ENOTDIR|EEXIST|at .*\.ts|node:/);
    const requestId = /`([0-9a-f]{8})`/.exec(text)?.[1];
    const logged = harness.logs.lines.find((line) => line.requestId === requestId && line.msg === 'request failed');
    expect(JSON.stringify(logged?.err)).toMatch(/stack/);
    await rm(harness.dataDir, { force: true });

    // The vote was never written, so it was never recorded: once the disk is fixed, the same click counts.
    const retried = await discord.waitForReply(discord.clickButton(answer, customId, 'factChecker'));
    expect(retried.message?.content).toBe('Thanks for telling me. I will do better. 👎');
    const again = await discord.waitForReply(discord.clickButton(answer, customId, 'factChecker'));
    expect(again.message?.content).toBe('You already told me, thanks.');
    const { readFile: read } = await import('node:fs/promises');
    const votes = (await read(join(harness.dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    expect(votes.filter((line) => line.includes(customId.split(':')[2] ?? '?'))).toHaveLength(1);
  });
});
