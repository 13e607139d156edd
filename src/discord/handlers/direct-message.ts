import { askResultSchema } from '../../answer/ask-result.js';
import { ChannelType } from 'discord.js';
import type { Message } from 'discord.js';
import type { Logger } from 'pino';
import type { BotContext } from './bot-context.js';
import { questionSchema } from '../../app/question-input.js';
import { parseInput } from './command-input.js';
import { describeFailure, newRequestId } from './error-reply.js';
import { feedbackButtons } from '../policy/index.js';
import { rateLimitMessage } from '../policy/index.js';
import { renderAnswer } from '../rendering/index.js';
import { NO_MENTIONS, sendMessages } from '../rendering/index.js';
import { whileTyping } from '../rendering/index.js';

const HELP =
  'Ask me about the May 2019 Sochi meetings in plain words, e.g. *Who did Pompeo meet in Sochi?*, ' +
  'or check a quote: *Did Pompeo say "we will keep talking"?*';

/**
 * A DM to the bot: a question or a quote check in plain words (the service recognises claim
 * checks), answered in the DM with the typing indicator kept alive while it works.
 */
export async function handleDirectMessage(message: Message, context: BotContext, logger: Logger): Promise<void> {
  // Our own replies come back through the gateway too; answering them would loop forever.
  if (message.author.bot || message.guildId !== null || message.channel.type !== ChannelType.DM) return;
  const requestId = newRequestId();
  const scope = logger.child({ requestId, messageId: message.id, userId: message.author.id, kind: 'dm' });
  const channel = message.channel;
  try {
    if (message.content.trim().length === 0) {
      await channel.send({ content: HELP, allowedMentions: NO_MENTIONS });
      return;
    }
    const question = parseInput(questionSchema, message.content);
    const decision = context.rateLimiter.take(message.author.id);
    if (!decision.allowed) {
      await channel.send({ content: rateLimitMessage(decision.retryAfterMs), allowedMentions: NO_MENTIONS });
      return;
    }
    const result = askResultSchema.parse(
      await whileTyping(
        () => channel.sendTyping(),
        () => context.work(() => context.service.ask(question)),
      ),
    );
    scope.info({ status: result.status, citations: result.citations.length }, 'answered dm');
    const answerId = context.feedback.remember(question, result);
    await sendMessages(channel, renderAnswer(result), feedbackButtons(answerId));
  } catch (error) {
    const text = describeFailure(error, requestId, scope);
    await channel
      .send({ content: text, allowedMentions: NO_MENTIONS })
      .catch((sendError: unknown) => scope.warn({ err: sendError }, 'could not send the error reply'));
  }
}
