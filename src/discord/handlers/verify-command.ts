import { verifyResultSchema } from '../../quotes/verify-result.js';
import { parseVerifyRequest } from '../../quotes/verify-request.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { SourceSummary, VerbatimService } from '../../app/verbatim-service.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { rateLimitMessage } from '../policy/index.js';
import { renderVerdict } from '../rendering/index.js';
import { replyWithMessages, replyWithText } from '../rendering/index.js';
import { splitMessage } from '../rendering/index.js';

/** Source summaries by file name, to name the article a passage comes from. */
export function sourcesById(service: VerbatimService): Map<string, SourceSummary> {
  return new Map(service.sources().map((source) => [source.source, source]));
}

/** /verify quote [speaker]: the verdict, the corpus passage and the differences. */
export async function handleVerify(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  // The same schema as the CLI and the service, so every entry point refuses the same quotes with the same words.
  const { quote, speaker } = parseVerifyRequest({
    quote: interaction.options.getString('quote', true),
    speaker: interaction.options.getString('speaker'),
  });
  const decision = context.rateLimiter.take(interaction.user.id);
  if (!decision.allowed) return replyWithText(interaction, rateLimitMessage(decision.retryAfterMs));
  // Deferred because the check may queue behind other work under the concurrency bound.
  await interaction.deferReply();
  const result = await context.work(async () => verifyResultSchema.parse(context.service.verify({ quote, speaker })));
  scope.logger.info({ verdict: result.verdict }, 'verified');
  const text = renderVerdict(result, sourcesById(context.service));
  await replyWithMessages(
    interaction,
    splitMessage(text).map((content) => ({ content, embeds: [] })),
    { ephemeral: false },
  );
}
