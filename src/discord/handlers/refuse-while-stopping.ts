import { ChannelType } from 'discord.js';
import type { Interaction, Message } from 'discord.js';
import type { Logger } from 'pino';
import { NO_MENTIONS, replyWithText } from '../rendering/index.js';

const RESTARTING_MESSAGE = 'Verbatim is restarting. Please try again in a minute.';

/** During shutdown, new work gets a short answer rather than silence. */
export async function refuseInteractionWhileStopping(interaction: Interaction, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) await replyWithText(interaction, RESTARTING_MESSAGE);
  } catch (error) {
    logger.warn({ err: error, interactionId: interaction.id }, 'could not send the restarting reply');
  }
}

/** The same for a direct message; other messages are not ours to answer. */
export async function refuseMessageWhileStopping(message: Message, logger: Logger): Promise<void> {
  if (message.author.bot || message.guildId !== null || message.channel.type !== ChannelType.DM) return;
  try {
    await message.channel.send({ content: RESTARTING_MESSAGE, allowedMentions: NO_MENTIONS });
  } catch (error) {
    logger.warn({ err: error, messageId: message.id }, 'could not send the restarting reply');
  }
}
