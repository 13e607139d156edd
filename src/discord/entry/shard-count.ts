import { z } from 'zod';
import type { AppConfig } from '../../config/config.js';

const gatewayBotSchema = z.looseObject({ shards: z.number().int().positive() });

/**
 * How many shards to run for SHARDS: a count as given, or for `auto` the count Discord recommends
 * (`GET /gateway/bot`, on DISCORD_API_URL when set, so a local fake can answer).
 * @throws Error naming SHARDS when it is neither, or when Discord's answer cannot be read.
 */
export async function shardCount(
  config: Pick<AppConfig, 'SHARDS' | 'DISCORD_TOKEN' | 'DISCORD_API_URL'>,
): Promise<number> {
  const wanted = config.SHARDS ?? '1';
  if (/^[1-9]\d*$/.test(wanted)) return Number(wanted);
  if (wanted !== 'auto') throw new Error(`SHARDS must be auto or a positive count, not ${wanted}`);
  const api = (config.DISCORD_API_URL ?? 'https://discord.com/api').replace(/\/$/, '');
  const response = await fetch(`${api}/v10/gateway/bot`, {
    headers: { Authorization: `Bot ${config.DISCORD_TOKEN ?? ''}` },
  });
  if (!response.ok) throw new Error(`SHARDS=auto: GET /gateway/bot answered ${response.status}`);
  return gatewayBotSchema.parse(await response.json()).shards;
}
