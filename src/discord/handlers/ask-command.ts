import { askResultSchema } from '../../answer/ask-result.js';
import { MessageFlags } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { questionSchema } from '../../app/question-input.js';
import { parseInput } from './command-input.js';
import { feedbackButtons } from '../policy/index.js';
import { rateLimitMessage } from '../policy/index.js';
import { renderAnswer } from '../rendering/index.js';
import { replyWithMessages, replyWithText } from '../rendering/index.js';

/** /ask question [private]: defers at once, then edits in the cited answer with 👍/👎 buttons. */
export async function handleAsk(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  const question = parseInput(questionSchema, interaction.options.getString('question', true));
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const decision = context.rateLimiter.take(interaction.user.id);
  if (!decision.allowed) return replyWithText(interaction, rateLimitMessage(decision.retryAfterMs));
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const result = askResultSchema.parse(await context.work(() => context.service.ask(question)));
  scope.logger.info(
    { status: result.status, citations: result.citations.length, corpusVersion: result.corpusVersion },
    'answered',
  );
  const answerId = context.feedback.remember(question, result);
  await replyWithMessages(interaction, renderAnswer(result), { ephemeral, buttons: feedbackButtons(answerId) });
}
