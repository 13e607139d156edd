import { Client, Events, GatewayIntentBits, MessageFlags, Partials } from 'discord.js';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord } from './fake-discord/index.js';
import type { FakeDiscord } from './fake-discord/index.js';

/** Proves the fake speaks enough of Discord's protocol for the real, unmodified discord.js client. */
describe('fake Discord', () => {
  let discord: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    discord = await startFakeDiscord();
    client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      rest: { api: discord.apiUrl },
    });
    client.on(Events.InteractionCreate, async (interaction) => {
      if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
        return;
      }
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({
        content: `pong: ${interaction.options.getString('text', true)}`,
        allowedMentions: { parse: [] },
      });
    });
    client.on(Events.MessageCreate, async (message) => {
      if (message.author.bot) return;
      await message.channel.sendTyping();
      await message.reply({ content: `echo: ${message.content}`, allowedMentions: { parse: [] } });
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(discord.token);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await discord?.close();
    nock.enableNetConnect();
  });

  it('lets the client log in, see the guild and its members', async () => {
    const identify = await discord.waitForIdentify();
    expect(identify.token).toBe(discord.token);
    expect(discord.requests[0]?.route).toBe('GET /gateway/bot');
    const guild = client.guilds.cache.get(discord.world.guild.id);
    expect(guild?.name).toBe('Sochi Desk');
    expect(guild?.members.cache.get(discord.world.users.moderator.id)?.permissions.has('ManageGuild')).toBe(true);
    expect(guild?.members.cache.get(discord.world.users.member.id)?.permissions.has('ManageGuild')).toBe(false);
    expect(client.application?.id).toBe(discord.applicationId);
  });

  it('round-trips deferReply then editReply', async () => {
    const interaction = discord.sendSlashCommand('ping', { text: 'hello' });
    const ack = await discord.waitForAck(interaction);
    expect(ack.body).toEqual({ type: 5, data: { flags: 64 } });
    const reply = await discord.waitForReply(interaction);
    expect(reply.message?.content).toBe('pong: hello');
    expect(reply.ephemeral).toBe(true);
    const edit = discord.requestsFor(interaction).find((request) => request.method === 'PATCH');
    expect(edit?.path).toContain('/messages/%40original');
  });

  it('refuses a second acknowledgement, as Discord does', async () => {
    const interaction = discord.sendSlashCommand('ping', { text: 'twice' });
    await discord.waitForReply(interaction);
    await expect(
      client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 5 },
        auth: false,
      }),
    ).rejects.toThrow(/already been acknowledged/);
  });

  it('refuses an acknowledgement after the deadline, as Discord does', async () => {
    const strict = await startFakeDiscord({ ackDeadlineMs: 20 });
    const slow = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: strict.apiUrl } });
    try {
      const ready = new Promise((resolve) => slow.once(Events.ClientReady, resolve));
      await slow.login(strict.token);
      await ready;
      const interaction = strict.sendSlashCommand('ping', { text: 'late' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(
        slow.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
          body: { type: 5 },
          auth: false,
        }),
      ).rejects.toThrow(/Unknown interaction/);
    } finally {
      await slow.destroy();
      await strict.close();
    }
  });

  it('refuses a message over 2000 characters, as Discord does', async () => {
    const channel = await client.channels.fetch(discord.world.channels.general);
    if (!channel?.isSendable()) throw new Error('general is not sendable');
    await expect(channel.send({ content: 'x'.repeat(2001) })).rejects.toThrow(/2000 or fewer/);
  });

  it('delivers a DM and records typing and the reply', async () => {
    discord.sendDirectMessage('hi there', 'member');
    const channelId = discord.dmChannelId('member');
    const reply = await discord.waitForChannelMessage(channelId);
    expect(reply.content).toBe('echo: hi there');
    expect(discord.requests.some((request) => request.route === 'POST /channels/:channelId/typing')).toBe(true);
  });

  it('records multipart uploads with their payload_json and files', async () => {
    const channel = await client.channels.fetch(discord.world.channels.general);
    if (!channel?.isSendable()) throw new Error('general is not sendable');
    await channel.send({ content: 'with a file', files: [{ attachment: Buffer.from('hello'), name: 'hello.txt' }] });
    const request = await discord.waitForRequest(
      (candidate) => candidate.route === 'POST /channels/:channelId/messages' && candidate.files.length > 0,
    );
    expect(request.body).toMatchObject({ content: 'with a file' });
    expect(request.files[0]).toMatchObject({ fileName: 'hello.txt', size: 5 });
  });

  it('updates the message a button is on (callback type 7)', async () => {
    const channel = await client.channels.fetch(discord.world.channels.general);
    if (!channel?.isSendable()) throw new Error('general is not sendable');
    const sent = await channel.send({
      content: 'press it',
      components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Press', custom_id: 'press' }] }],
    });
    const stored = discord.messagesIn(discord.world.channels.general).find((message) => message.id === sent.id);
    if (!stored) throw new Error('message not stored');
    const click = discord.clickButton(stored, 'press', 'member');
    const reply = await discord.waitForReply(click);
    expect(reply.callbackType).toBe(7);
    expect(reply.message?.content).toBe('clicked press');
    expect(reply.message?.components).toEqual([]);
  });

  it('serves attachment bytes from 127.0.0.1', async () => {
    const attachment = discord.uploadAttachment('notes.txt', 'plain words');
    const response = await fetch(attachment.url);
    expect(await response.text()).toBe('plain words');
  });
});
