import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Paths that may hold secrets, removed from every log line. */
const REDACT = [
  'config.OPENAI_API_KEY',
  'config.DISCORD_TOKEN',
  'apiKey',
  'token',
  'headers.authorization',
  '*.apiKey',
  '*.token',
];

/** JSON logs on stderr, so stdout stays clean for `--json` output. */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'verbatim' } },
    destination as pino.DestinationStream,
  );
}
