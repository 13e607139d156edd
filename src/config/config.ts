import { z } from 'zod';

const idList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  )
  .pipe(z.array(z.string().regex(/^\d{17,20}$/, 'must be comma-separated Discord ids (17-20 digits)')));

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every environment variable the program reads. `.env.example` documents each one. */
const envSchema = z.object({
  CORPUS_DIR: z.string().min(1).default('./seeds'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_DOCUMENT_BYTES: positiveInt(1_000_000),

  OPENAI_API_KEY: optionalString,
  // fetch refuses URLs that carry credentials, which would surface only as a network error on every question.
  OPENAI_BASE_URL: optionalString.pipe(
    z
      .url()
      .refine((url) => /^https?:$/.test(new URL(url).protocol), 'must be an http:// or https:// URL')
      .refine(
        (url) => new URL(url).username === '' && new URL(url).password === '',
        'must not contain credentials (user:password@); put the key in OPENAI_API_KEY',
      )
      .optional(),
  ),
  OPENAI_MODEL: z.string().min(1).default('gpt-4.1-mini'),
  OPENAI_TIMEOUT_MS: positiveInt(30_000),
  OPENAI_TOTAL_TIMEOUT_MS: positiveInt(45_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  OPENAI_MAX_OUTPUT_TOKENS: positiveInt(800),
  OPENAI_CONCURRENCY: positiveInt(4),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalString.pipe(z.url().optional()),
  MODERATOR_ROLE_IDS: idList,
  OWNER_USER_IDS: idList,
  RATE_LIMIT_PER_MINUTE: positiveInt(6),
  DISCORD_CONCURRENCY: positiveInt(8),
  /** A reload lasting longer than this shows its progress to the moderator, at most one edit per interval. */
  RELOAD_PROGRESS_DELAY_MS: z.coerce.number().int().nonnegative().default(2_000),
  RELOAD_PROGRESS_INTERVAL_MS: z.coerce.number().int().nonnegative().default(2_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().optional(),
  /** `auto` or a count: run the bot as that many shards. Inside a shard discord.js sets it to the shard's id. */
  SHARDS: optionalString,
});

export type AppConfig = z.infer<typeof envSchema>;

/** How long shutdown waits for work in flight: SHUTDOWN_GRACE_MS, or by default the model's whole budget plus time to send the answer. */
export function shutdownGraceMs(config: Pick<AppConfig, 'SHUTDOWN_GRACE_MS' | 'OPENAI_TOTAL_TIMEOUT_MS'>): number {
  return config.SHUTDOWN_GRACE_MS ?? config.OPENAI_TOTAL_TIMEOUT_MS + 15_000;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses configuration once, at start-up.
 * @throws ConfigError naming each variable to fix.
 */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration. Set ${problems.join('; ')}`);
}
