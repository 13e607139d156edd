/** A bot token: base64 user id, a timestamp, an HMAC, separated by dots. */
const TOKEN_SHAPE = /^[\w-]{18,}\.[\w-]{4,}\.[\w-]{20,}$/;

const OFFLINE_HINT = 'Meanwhile `npm run chat` works offline, without Discord.';

/** One line saying what to set when DISCORD_TOKEN is missing or malformed; null when it looks right. */
export function discordTokenProblem(token: string | undefined): string | null {
  if (!token) {
    return `DISCORD_TOKEN is not set: put your bot's token in .env as DISCORD_TOKEN=... (Discord developer portal > your application > Bot > Reset Token). ${OFFLINE_HINT}`;
  }
  if (!TOKEN_SHAPE.test(token)) {
    const hint = /^(?:Bot|Bearer)\s/i.test(token)
      ? ' without the "Bot " prefix'
      : /^["']/.test(token)
        ? ' without quotation marks'
        : '';
    return `DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it again from the developer portal (Bot > Reset Token) into .env${hint}. ${OFFLINE_HINT}`;
  }
  return null;
}
