import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Defuses @everyone, @here and <@id>/<@&id> mentions by putting a zero-width space after the @.
 * `allowedMentions: { parse: [] }` already stops the ping; this also stops the text from *looking*
 * like a ping, and keeps it harmless if a message is ever sent without allowed mentions.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<@([!&]?\d)/g, `<@${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Makes user or corpus text display literally in Discord: markdown (including headings, lists,
 * block quotes and masked links) escaped, and mentions defused.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // escapeMarkdown leaves block quotes alone; a corpus line starting with ">" would otherwise indent.
  return defuseMentions(escaped.replace(/^(\s*)>/gm, '$1\\>'));
}

/** Text shown as inline code: markdown is inert there, so only backticks (which would end it) are removed. */
export function inlineCode(text: string): string {
  return `\`${defuseMentions(text.replace(/`/g, "'"))}\``;
}
