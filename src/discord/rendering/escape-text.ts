import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Defuses @everyone, @here and <@id>/<@&id> mentions by putting a zero-width space after the @.
 * `allowedMentions: { parse: [] }` already stops the ping; this also stops the text from *looking*
 * like a ping, and keeps it harmless if a message is ever sent without allowed mentions.
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<@([!&]?\d)/g, `<@${ZERO_WIDTH_SPACE}$1`);
}

/** Longest run escapeMarkdown is given at once: its look-behinds rescan the line, so its cost grows with the square of a line's length. */
const PIECE = 400;

/**
 * The text cut into lines, and lines longer than PIECE cut before a space. Emoji, mentions and links hold no
 * white space, so no escape spans a cut; a piece that starts mid-line may get a harmless extra escape.
 */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    let cut = lineEnd;
    if (lineEnd - start > PIECE) {
      const space = text.lastIndexOf(' ', start + PIECE);
      cut = space > start ? space : start + PIECE;
    }
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  return pieces;
}

/**
 * Makes user or corpus text display literally in Discord: markdown (including headings, lists,
 * block quotes and masked links) escaped, and mentions defused.
 */
export function escapeText(text: string): string {
  const escaped = piecesOf(text)
    .map((piece) => escapeMarkdown(piece, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }))
    .join('');
  // escapeMarkdown leaves block quotes alone; a corpus line starting with ">" would otherwise indent.
  return defuseMentions(escaped.replace(/^(\s*)>/gm, '$1\\>'));
}

/** Text shown as inline code: markdown is inert there, so only backticks (which would end it) are removed. */
export function inlineCode(text: string): string {
  return `\`${defuseMentions(text.replace(/`/g, "'"))}\``;
}
