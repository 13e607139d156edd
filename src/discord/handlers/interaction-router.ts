import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { handleAsk } from './ask-command.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { COMMANDS } from './command-definitions.js';
import { describeFailure, isUnanswerable, newRequestId } from './error-reply.js';
import { handleFeedbackButton } from './feedback-button.js';
import { handleQuotes, handleSources, handleSpeakerAutocomplete } from './list-commands.js';
import { handleCorpusAdd, handleCorpusList, handleCorpusRemove, handleReload } from './moderator-commands.js';
import { replyWithText } from '../rendering/index.js';
import { UserFacingError } from '../policy/index.js';
import { handleVerify } from './verify-command.js';
import { handleVerifyQuoteMenu } from './verify-quote-menu.js';

type SlashHandler = (
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
) => Promise<void>;

const SLASH_COMMANDS: Readonly<Record<string, SlashHandler>> = {
  [COMMANDS.ask]: handleAsk,
  [COMMANDS.verify]: handleVerify,
  [COMMANDS.quotes]: (interaction, context) => handleQuotes(interaction, context),
  [COMMANDS.sources]: (interaction, context) => handleSources(interaction, context),
  [COMMANDS.reload]: handleReload,
  [COMMANDS.corpus]: (interaction, context, scope) => {
    const subcommand = interaction.options.getSubcommand();
    if (subcommand === COMMANDS.corpusAdd) return handleCorpusAdd(interaction, context, scope);
    if (subcommand === COMMANDS.corpusRemove) return handleCorpusRemove(interaction, context, scope);
    if (subcommand === COMMANDS.corpusList) return handleCorpusList(interaction, context);
    throw new UserFacingError('Unknown corpus command.');
  },
};

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return `component:${interaction.customId.split(':')[0] ?? ''}`;
  return `type:${interaction.type}`;
}

async function route(interaction: Interaction, context: BotContext, scope: RequestScope): Promise<void> {
  if (interaction.isAutocomplete()) return handleSpeakerAutocomplete(interaction, context);
  if (interaction.isChatInputCommand()) {
    const handler = SLASH_COMMANDS[interaction.commandName];
    if (!handler)
      throw new UserFacingError('I do not know that command. It may have been removed; try again in a minute.');
    return handler(interaction, context, scope);
  }
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === COMMANDS.verifyQuoteMenu) {
    return handleVerifyQuoteMenu(interaction, context, scope);
  }
  if (interaction.isButton() && interaction.customId.startsWith('feedback:'))
    return handleFeedbackButton(interaction, context, scope);
  throw new UserFacingError('I do not know how to handle that.');
}

/**
 * The one place interactions enter: routes by kind and name, and handles every error the same
 * way: details to the log with a request id, a short reply to the user.
 */
export function createInteractionRouter(
  context: BotContext,
  logger: Logger,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const requestId = newRequestId();
    const scope: RequestScope = {
      requestId,
      logger: logger.child({
        requestId,
        interactionId: interaction.id,
        command: describe(interaction),
        userId: interaction.user.id,
      }),
    };
    try {
      await route(interaction, context, scope);
    } catch (error) {
      if (isUnanswerable(error)) {
        scope.logger.warn({ err: error }, 'interaction expired or already answered');
        return;
      }
      const text = describeFailure(error, requestId, scope.logger);
      if (!interaction.isRepliable()) return;
      await replyWithText(interaction, text).catch((replyError: unknown) =>
        scope.logger.warn({ err: replyError }, 'could not send the error reply'),
      );
    }
  };
}
