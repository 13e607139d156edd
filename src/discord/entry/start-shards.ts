import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import type { AppConfig } from '../../config/config.js';
import type { Logger } from '../../log/create-logger.js';
import { shardCount } from './shard-count.js';
import { reloadNoticeSchema } from './shard-reloads.js';

/**
 * Node flags for a process that serves while it reloads, as `npm start` passes them. Without parallel scavenges the
 * main thread's young-generation collections do not wait for the V8 threads that the reload worker's collections
 * keep busy: at 10,000 articles that removed the main thread's stalls while a worker built (up to 0.3 s) and kept a
 * reload by delta under 40 ms (41 to 59 ms with them).
 */
const SERVER_NODE_FLAGS = ['--no-parallel-scavenge'];

/**
 * Runs the bot as SHARDS shards, one process each (discord.js ShardingManager), every one starting from the same
 * corpus snapshot; a shard's notice that the corpus changed is passed on to all the others.
 * @throws Error when SHARDS is invalid or a shard cannot start.
 */
export async function startShards(config: AppConfig, logger: Logger): Promise<ShardingManager> {
  const totalShards = await shardCount(config);
  const entry = fileURLToPath(
    new URL(import.meta.url.endsWith('.ts') ? './start-bot.ts' : './start-bot.js', import.meta.url),
  );
  const manager = new ShardingManager(entry, {
    totalShards,
    token: config.DISCORD_TOKEN ?? '',
    // From TypeScript sources each shard needs tsx's loader, named by its path: shards may run in any directory.
    execArgv: [
      ...(entry.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : []),
      ...SERVER_NODE_FLAGS,
    ],
  });
  const shards = (): Shard[] => [...manager.shards.values()];
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: totalShards }, 'shard started');
    shard.on('message', (message: unknown) => {
      if (!reloadNoticeSchema.safeParse(message).success) return;
      for (const other of shards())
        if (other.id !== shard.id)
          void other
            .send(message)
            .catch((error: unknown) => logger.error({ err: error, shard: other.id }, 'could not pass a reload on'));
    });
  });
  await manager.spawn({ amount: totalShards });
  return manager;
}
