import { MessageFlags } from 'discord.js';
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  MessageCreateOptions,
  RepliableInteraction,
  SendableChannels,
} from 'discord.js';
import type { RenderedMessage } from './render-answer.js';

/** Every message the bot sends pings nobody, whatever its text contains. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export type ButtonRow = APIActionRowComponent<APIComponentInMessageActionRow>;

function withButtons(messages: readonly RenderedMessage[], buttons: ButtonRow | undefined) {
  return messages.map((message, index) => ({
    content: message.content,
    embeds: [...message.embeds],
    components: buttons && index === messages.length - 1 ? [buttons] : [],
    allowedMentions: NO_MENTIONS,
  }));
}

/**
 * Sends rendered messages as the interaction's reply: the first as the reply (or the edit of a
 * deferred reply), the rest as follow-ups with the same visibility. Buttons go on the last one.
 */
export async function replyWithMessages(
  interaction: RepliableInteraction,
  messages: readonly RenderedMessage[],
  { ephemeral, buttons }: { ephemeral: boolean; buttons?: ButtonRow },
): Promise<void> {
  const [first, ...rest] = withButtons(messages, buttons);
  if (!first) return;
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred) await interaction.editReply(first);
  else await interaction.reply({ ...first, ...(flags ? { flags } : {}) });
  for (const message of rest) await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
}

/** Sends a short text reply, privately unless the reply was already deferred in public. */
export async function replyWithText(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred && !interaction.replied)
    await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
  else if (interaction.replied)
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  else await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

/**
 * Replaces the text of a deferred reply. Unlike `replyWithText`, a reply already edited (with progress, say)
 * is edited again rather than followed up, so the moderator sees one message that ends with the outcome.
 */
export async function editOriginalReply(interaction: RepliableInteraction, content: string): Promise<void> {
  await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
}

/** Sends rendered messages into a channel (a DM), buttons on the last one. */
export async function sendMessages(
  channel: SendableChannels,
  messages: readonly RenderedMessage[],
  buttons?: ButtonRow,
): Promise<void> {
  for (const message of withButtons(messages, buttons)) await channel.send(message as MessageCreateOptions);
}
