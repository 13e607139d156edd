import { verifyResultSchema } from '../../quotes/verify-result.js';
import { parseVerifyRequest } from '../../quotes/verify-request.js';
import { MessageFlags } from 'discord.js';
import type { MessageContextMenuCommandInteraction } from 'discord.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { extractClaim } from './extract-quote.js';
import { rateLimitMessage } from '../policy/index.js';
import { renderVerdict } from '../rendering/index.js';
import { replyWithMessages, replyWithText } from '../rendering/index.js';
import { splitMessage } from '../rendering/index.js';
import { UserFacingError } from '../policy/index.js';
import { sourcesById } from './verify-command.js';

/**
 * The "Verify quote" message menu: checks each quotation in the message (or the whole message
 * when it has none), attributing it to a speaker named around it. Answered privately.
 */
export async function handleVerifyQuoteMenu(
  interaction: MessageContextMenuCommandInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  const claim = extractClaim(interaction.targetMessage.content);
  if (claim.quotes.length === 0) throw new UserFacingError('That message has no text to check.');
  // Refused before the rate limit counts the request, with the words the CLI and /verify use.
  for (const quote of claim.quotes) parseVerifyRequest({ quote });
  const decision = context.rateLimiter.take(interaction.user.id);
  if (!decision.allowed) return replyWithText(interaction, rateLimitMessage(decision.retryAfterMs));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const speaker = context.service.speakerNamedIn(claim.narration);
  const results = await context.work(async () =>
    claim.quotes.map((quote) => verifyResultSchema.parse(context.service.verify({ quote, speaker }))),
  );
  scope.logger.info({ verdicts: results.map((result) => result.verdict), speaker }, 'verified message');
  const sources = sourcesById(context.service);
  const text = results.map((result) => renderVerdict(result, sources)).join('\n\n');
  await replyWithMessages(
    interaction,
    splitMessage(text).map((content) => ({ content, embeds: [] })),
    { ephemeral: true },
  );
}
