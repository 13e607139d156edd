import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBotUnderTest } from './fake-discord/bot-under-test.js';
import type { BotUnderTest } from './fake-discord/bot-under-test.js';

describe('direct messages, end to end through the fake Discord', () => {
  let harness: BotUnderTest;

  beforeAll(async () => {
    harness = await startBotUnderTest();
  });
  afterAll(async () => harness?.stop());
  beforeEach(() => harness.clock.advance(61_000));

  it('answers a question in the DM, typing first, with citations and feedback buttons', async () => {
    const { discord } = harness;
    const channelId = discord.dmChannelId('member');
    const before = discord.requests.length;
    discord.sendDirectMessage('Who did Pompeo meet in Sochi?', 'member');
    const answer = await discord.waitForChannelMessage(channelId, (message) => (message.components ?? []).length > 0);
    expect(answer.content).toMatch(/Sochi.*\[1\]/s);
    expect(answer.embeds[0]?.title).toBe('Sources');
    const routes = discord.requests.slice(before).map((request) => request.route);
    expect(routes.indexOf('POST /channels/:channelId/typing')).toBeGreaterThanOrEqual(0);
    expect(routes.indexOf('POST /channels/:channelId/typing')).toBeLessThan(
      routes.indexOf('POST /channels/:channelId/messages'),
    );
  });

  it('checks a quote asked in plain words', async () => {
    const { discord } = harness;
    const channelId = discord.dmChannelId('factChecker');
    discord.sendDirectMessage('Did Putin say "there was no interference on our part in the elections"?', 'factChecker');
    const answer = await discord.waitForChannelMessage(channelId, (message) => (message.components ?? []).length > 0);
    expect(answer.content).toContain('there was no interference on our part in the elections');
    expect(answer.embeds[0]?.fields?.[0]?.name).toMatch(/Vladimir Putin/);
  });

  it('does not answer its own messages, which Discord echoes back', async () => {
    const { discord } = harness;
    const channelId = discord.dmChannelId('moderator');
    discord.sendDirectMessage('Who did Pompeo meet in Sochi?', 'moderator');
    await discord.waitForChannelMessage(channelId, (message) => (message.components ?? []).length > 0);
    // Give an echo loop time to show itself.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fromBot = discord.messagesIn(channelId).filter((message) => message.author.bot);
    expect(fromBot).toHaveLength(1);
  });

  it('explains itself when a DM has no text', async () => {
    const { discord } = harness;
    const channelId = discord.dmChannelId('owner');
    discord.sendDirectMessage('   ', 'owner');
    const help = await discord.waitForChannelMessage(channelId);
    expect(help.content).toMatch(/^Ask me about the May 2019 Sochi meetings/);
  });

  it('rate-limits DMs politely', async () => {
    const { discord, config } = harness;
    const user = discord.addMember('rapid.fire');
    const channelId = discord.dmChannelId(user);
    for (let index = 0; index <= config.RATE_LIMIT_PER_MINUTE; index += 1)
      discord.sendDirectMessage(`Who did Pompeo meet in Sochi? ${index}`, user);
    const refusal = await discord.waitForChannelMessage(channelId, (message) =>
      message.content.startsWith("You're asking faster"),
    );
    await discord.waitForRequest(
      () =>
        discord.messagesIn(channelId).filter((message) => (message.components ?? []).length > 0).length ===
        config.RATE_LIMIT_PER_MINUTE,
    );
    expect(refusal.content).toMatch(/Please try again in \d+ seconds?\.$/);
  });
});
