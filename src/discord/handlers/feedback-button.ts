import type { ButtonInteraction } from 'discord.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { parseFeedbackId } from '../policy/index.js';
import { replyWithText } from '../rendering/index.js';
import { UserFacingError } from '../policy/index.js';

/** 👍/👎 under an answer: appends the vote to the feedback log and thanks the voter privately. */
export async function handleFeedbackButton(
  interaction: ButtonInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  const parsed = parseFeedbackId(interaction.customId);
  if (!parsed) throw new UserFacingError('That button is not one of mine.');
  const fresh = await context.feedback.record(
    parsed.vote,
    parsed.answerId,
    interaction.user.id,
    interaction.message.content,
  );
  scope.logger.info({ vote: parsed.vote, answerId: parsed.answerId, fresh }, 'feedback');
  const thanks = parsed.vote === 'up' ? 'Thanks! Glad it helped. 👍' : 'Thanks for telling me. I will do better. 👎';
  await replyWithText(interaction, fresh ? thanks : 'You already told me, thanks.');
}
