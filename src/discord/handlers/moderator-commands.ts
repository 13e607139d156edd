import { MessageFlags } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { ReloadOptions, ReloadReport } from '../../app/verbatim-service.js';
import { actorOf } from '../policy/index.js';
import type { BotContext, RequestScope } from './bot-context.js';
import { asListMessages } from './list-commands.js';
import { readTextAttachment } from './read-attachment.js';
import { throttleProgressEdits } from './reload-progress-edits.js';
import {
  editOriginalReply,
  escapeText,
  inlineCode,
  renderCorpusFiles,
  renderReloadFailure,
  renderReloadProgress,
  renderReloadReport,
  replyWithMessages,
  replyWithText,
  truncateAtWord,
} from '../rendering/index.js';
import { isModerator, userMessageOf } from '../policy/index.js';

const NOT_A_MODERATOR =
  'Only moderators can change the corpus (Manage Server, or a moderator role; in DMs, the bot owners).';
const MAX_REASON_LENGTH = 1500;

function allowed(interaction: ChatInputCommandInteraction, context: BotContext): boolean {
  return isModerator(actorOf(interaction), {
    moderatorRoleIds: context.config.MODERATOR_ROLE_IDS,
    ownerUserIds: context.config.OWNER_USER_IDS,
  });
}

/**
 * Runs a corpus change (on a deferred reply) and tells the moderator what happened: on a long reload, its phases
 * first, then the outcome. A failure is expected here (a bad file, a broken corpus), so its reason goes to the
 * moderator, with the corpus still serving.
 */
async function changeCorpus(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
  change: (options: ReloadOptions) => Promise<ReloadReport>,
  preface = '',
): Promise<void> {
  const previousVersion = context.service.corpusVersion();
  const progress = throttleProgressEdits({
    now: () => context.clock.now(),
    delayMs: context.config.RELOAD_PROGRESS_DELAY_MS,
    intervalMs: context.config.RELOAD_PROGRESS_INTERVAL_MS,
    edit: (phase) => editOriginalReply(interaction, `${preface}${renderReloadProgress(phase)}`),
    onError: (error) => scope.logger.warn({ err: error }, 'could not show reload progress'),
  });
  let report: ReloadReport;
  try {
    report = await change({ onProgress: (phase) => progress.report(phase) });
  } catch (error) {
    await progress.close();
    scope.logger.warn({ err: error }, 'corpus change failed');
    // A refused request (an existing name, no such document) never reached a reload: say only why.
    if (error instanceof Error && error.name === 'InputError')
      return editOriginalReply(interaction, escapeText(error.message));
    const reason = userMessageOf(error) ?? (error instanceof Error ? error.message : String(error));
    await editOriginalReply(
      interaction,
      renderReloadFailure(truncateAtWord(reason, MAX_REASON_LENGTH), context.service.corpusVersion(), scope.requestId),
    );
    return;
  }
  await progress.close();
  scope.logger.info(
    { corpusVersion: report.corpusVersion, added: report.added, removed: report.removed, changed: report.changed },
    'corpus reloaded',
  );
  await editOriginalReply(interaction, `${preface}${renderReloadReport(report, previousVersion)}`);
}

/** /reload (moderators): re-reads the corpus directory; the service swaps it in atomically. */
export async function handleReload(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  if (!allowed(interaction, context)) return replyWithText(interaction, NOT_A_MODERATOR);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await changeCorpus(interaction, context, scope, (options) => context.service.reload(options));
}

function describeDocument(context: BotContext, fileName: string): string {
  const existing = context.service.sources().find((source) => source.source === fileName);
  return existing ? `${inlineCode(fileName)} (*${escapeText(existing.title)}*)` : inlineCode(fileName);
}

/**
 * /corpus add file [replace] (moderators): checks the upload, writes it into the corpus and reloads.
 * A document of the same name is replaced only when the moderator asks, and the reply names it.
 */
export async function handleCorpusAdd(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  if (!allowed(interaction, context)) return replyWithText(interaction, NOT_A_MODERATOR);
  const attachment = interaction.options.getAttachment('file', true);
  const replace = interaction.options.getBoolean('replace') === true;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { fileName, bytes } = await readTextAttachment(attachment, context.config.MAX_DOCUMENT_BYTES, context.fetch);
  const replacing = replace && context.service.sources().some((source) => source.source === fileName);
  const preface = replacing ? `Replaced ${describeDocument(context, fileName)}.\n` : `Added ${inlineCode(fileName)}.\n`;
  scope.logger.info({ fileName, bytes: bytes.byteLength, replace }, 'adding document');
  await changeCorpus(
    interaction,
    context,
    scope,
    (options) => context.service.addDocument(fileName, bytes, { ...options, replace }),
    preface,
  );
}

/** /corpus remove name (moderators): deletes a document and reloads; the last document cannot be removed. */
export async function handleCorpusRemove(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
  scope: RequestScope,
): Promise<void> {
  if (!allowed(interaction, context)) return replyWithText(interaction, NOT_A_MODERATOR);
  const fileName = interaction.options.getString('name', true).trim();
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const preface = `Removed ${describeDocument(context, fileName)}.\n`;
  scope.logger.info({ fileName }, 'removing document');
  await changeCorpus(
    interaction,
    context,
    scope,
    (options) => context.service.removeDocument(fileName, options),
    preface,
  );
}

/** /corpus list (moderators): the corpus files, and every file in the directory that was not loaded, with the reason. */
export async function handleCorpusList(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  if (!allowed(interaction, context)) return replyWithText(interaction, NOT_A_MODERATOR);
  const text = renderCorpusFiles(
    context.service.sources(),
    context.service.refusedFiles(),
    context.service.corpusVersion(),
  );
  await replyWithMessages(interaction, asListMessages(text), { ephemeral: true });
}
