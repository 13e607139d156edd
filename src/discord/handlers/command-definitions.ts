import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../app/question-input.js';
import { MAX_QUOTE_CHARACTERS } from '../../quotes/verify-request.js';

/** Command and option names, shared by the definitions and the router. */
export const COMMANDS = {
  ask: 'ask',
  verify: 'verify',
  quotes: 'quotes',
  sources: 'sources',
  reload: 'reload',
  corpus: 'corpus',
  corpusAdd: 'add',
  corpusRemove: 'remove',
  corpusList: 'list',
  verifyQuoteMenu: 'Verify quote',
} as const;

export const MAX_SPEAKER_LENGTH = 100;

/** Everyone's commands work in servers and in the bot's DMs. */
const PUBLIC_CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];

/**
 * The commands to register with Discord, as JSON. Moderator commands default to Manage Server in servers; they are
 * offered in the bot's DMs too only when owners are configured, since only owners may use them there (the bot
 * checks both on every use).
 */
export function commandDefinitions(
  options: { readonly ownersConfigured: boolean } = { ownersConfigured: false },
): RESTPostAPIApplicationCommandsJSONBody[] {
  const moderatorContexts = options.ownersConfigured ? PUBLIC_CONTEXTS : [InteractionContextType.Guild];
  const ask = new SlashCommandBuilder()
    .setName(COMMANDS.ask)
    .setDescription('Ask a question about the corpus; the answer cites its sources')
    .setContexts(PUBLIC_CONTEXTS)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, in plain words')
        .setRequired(true)
        .setMinLength(3)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer'));

  const verify = new SlashCommandBuilder()
    .setName(COMMANDS.verify)
    .setDescription('Check a quote word for word against the corpus')
    .setContexts(PUBLIC_CONTEXTS)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('quote')
        .setDescription('The quoted words, without quotation marks')
        .setRequired(true)
        .setMaxLength(MAX_QUOTE_CHARACTERS),
    )
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Who supposedly said it')
        .setMaxLength(MAX_SPEAKER_LENGTH)
        .setAutocomplete(true),
    );

  const quotes = new SlashCommandBuilder()
    .setName(COMMANDS.quotes)
    .setDescription('List quotations in the corpus')
    .setContexts(PUBLIC_CONTEXTS)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Only this speaker')
        .setMaxLength(MAX_SPEAKER_LENGTH)
        .setAutocomplete(true),
    );

  const sources = new SlashCommandBuilder()
    .setName(COMMANDS.sources)
    .setDescription('List the documents in the corpus')
    .setContexts(PUBLIC_CONTEXTS)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

  const reload = new SlashCommandBuilder()
    .setName(COMMANDS.reload)
    .setDescription('Moderators: re-read the corpus directory')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(moderatorContexts)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

  const corpus = new SlashCommandBuilder()
    .setName(COMMANDS.corpus)
    .setDescription('Moderators: manage the corpus')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(moderatorContexts)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((subcommand) =>
      subcommand
        .setName(COMMANDS.corpusAdd)
        .setDescription('Add a .txt or .md article to the corpus and reload')
        .addAttachmentOption((option) =>
          option.setName('file').setDescription('A UTF-8 .txt or .md file').setRequired(true),
        )
        .addBooleanOption((option) =>
          option.setName('replace').setDescription('Replace the document of the same name, if there is one'),
        ),
    )
    .addSubcommand((subcommand) =>
      subcommand
        .setName(COMMANDS.corpusRemove)
        .setDescription('Remove a document from the corpus and reload')
        .addStringOption((option) =>
          option
            .setName('name')
            .setDescription('The file name, as /corpus list shows it')
            .setRequired(true)
            .setMaxLength(125),
        ),
    )
    .addSubcommand((subcommand) =>
      subcommand
        .setName(COMMANDS.corpusList)
        .setDescription('List the corpus files, and those not loaded with the reason'),
    );

  const verifyQuoteMenu = new ContextMenuCommandBuilder()
    .setName(COMMANDS.verifyQuoteMenu)
    .setType(ApplicationCommandType.Message)
    .setContexts(PUBLIC_CONTEXTS)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);

  return [ask, verify, quotes, sources, reload, corpus, verifyQuoteMenu].map((builder) => builder.toJSON());
}
