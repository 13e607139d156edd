import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from './bot-context.js';
import { parseInput, speakerSchema } from './command-input.js';
import { LIMITS } from '../rendering/index.js';
import { renderQuoteList, renderSourceList } from '../rendering/index.js';
import { replyWithMessages } from '../rendering/index.js';
import { splitMessage } from '../rendering/index.js';

/** At most this many messages for one list, so /quotes cannot flood a channel. */
const MAX_LIST_MESSAGES = 3;

/** A long list as at most MAX_LIST_MESSAGES messages. */
export function asListMessages(text: string) {
  return splitMessage(text)
    .slice(0, MAX_LIST_MESSAGES)
    .map((content) => ({ content, embeds: [] }));
}

/** /quotes [speaker]: quotations in the corpus, whole. */
export async function handleQuotes(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const speaker = parseInput(speakerSchema, interaction.options.getString('speaker'));
  const quotes = context.service.quotes(speaker ?? undefined);
  await replyWithMessages(interaction, asListMessages(renderQuoteList(quotes, speaker)), { ephemeral: false });
}

/** /sources: the documents in the corpus. */
export async function handleSources(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const text = renderSourceList(context.service.sources(), context.service.corpusVersion());
  await replyWithMessages(interaction, asListMessages(text), { ephemeral: false });
}

/** Speaker names matching what the user has typed so far: prefix matches first, at most 25. */
export function matchSpeakers(speakers: readonly string[], typed: string): string[] {
  const needle = typed.trim().toLowerCase();
  const starts = speakers.filter(
    (name) =>
      name
        .toLowerCase()
        .split(/\s+/)
        .some((word) => word.startsWith(needle)) || name.toLowerCase().startsWith(needle),
  );
  const contains = speakers.filter((name) => !starts.includes(name) && name.toLowerCase().includes(needle));
  return [...starts, ...contains]
    .filter((name) => name.length <= LIMITS.choiceName)
    .slice(0, LIMITS.autocompleteChoices);
}

/** Speaker autocomplete for /quotes and /verify. Cannot be deferred: answered straight from memory. */
export async function handleSpeakerAutocomplete(
  interaction: AutocompleteInteraction,
  context: BotContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'speaker' ? matchSpeakers(context.service.speakers(), String(focused.value)) : [];
  await interaction.respond(choices.map((name) => ({ name, value: name })));
}
