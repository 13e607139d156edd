import { MessageFlags } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { ReloadReport } from '../../app/verbatim-service.js';
import { actorOf } from '../policy/index.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { inlineCode } from '../rendering/index.js';
import { isModerator } from '../policy/index.js';
import { readTextAttachment } from './read-attachment.js';
import { renderReloadFailure, renderReloadReport } from '../rendering/index.js';
import { replyWithText } from '../rendering/index.js';
import { truncateAtWord } from '../rendering/index.js';
import { userMessageOf } from '../policy/index.js';

const NOT_A_MODERATOR = 'Only moderators can change the corpus (Manage Server, or a moderator role; in DMs, the bot owners).';
const MAX_REASON_LENGTH = 1500;

function allowed(interaction: ChatInputCommandInteraction, context: BotContext): boolean {
  return isModerator(actorOf(interaction), {
    moderatorRoleIds: context.config.MODERATOR_ROLE_IDS,
    ownerUserIds: context.config.OWNER_USER_IDS,
  });
}

/**
 * Runs a corpus change and tells the moderator what happened. A failure is expected here (a bad
 * file, a broken corpus), so its reason goes to the moderator, with the corpus still serving.
 */
async function changeCorpus(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
  change: () => Promise<ReloadReport>,
  preface = '',
): Promise<void> {
  const previousVersion = context.service.corpusVersion();
  let report: ReloadReport;
  try {
    report = await change();
  } catch (error) {
    scope.logger.warn({ err: error }, 'corpus change failed');
    const reason = userMessageOf(error) ?? (error instanceof Error ? error.message : String(error));
    await replyWithText(interaction, renderReloadFailure(truncateAtWord(reason, MAX_REASON_LENGTH), context.service.corpusVersion(), scope.requestId));
    return;
  }
  scope.logger.info({ corpusVersion: report.corpusVersion, added: report.added, removed: report.removed, changed: report.changed }, 'corpus reloaded');
  await replyWithText(interaction, `${preface}${renderReloadReport(report, previousVersion)}`);
}

/** /reload (moderators): re-reads the corpus directory; the service swaps it in atomically. */
export async function handleReload(interaction: ChatInputCommandInteraction, context: BotContext, scope: RequestScope): Promise<void> {
  if (!allowed(interaction, context)) return replyWithText(interaction, NOT_A_MODERATOR);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await changeCorpus(interaction, context, scope, () => context.service.reload());
}

/** /corpus add file (moderators): checks the upload, writes it into the corpus and reloads. */
export async function handleCorpusAdd(interaction: ChatInputCommandInteraction, context: BotContext, scope: RequestScope): Promise<void> {
  if (!allowed(interaction, context)) return replyWithText(interaction, NOT_A_MODERATOR);
  const attachment = interaction.options.getAttachment('file', true);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { fileName, bytes } = await readTextAttachment(attachment, context.config.MAX_DOCUMENT_BYTES, context.fetch);
  scope.logger.info({ fileName, bytes: bytes.byteLength }, 'adding document');
  await changeCorpus(interaction, context, scope, () => context.service.addDocument(fileName, bytes), `Added ${inlineCode(fileName)}.\n`);
}
