import { z } from 'zod';
import type { VerbatimService } from '../../app/verbatim-service.js';
import type { Logger } from '../../log/create-logger.js';

/** What a shard sends when a moderator changed the corpus, and what the manager passes on to the other shards. */
export const reloadNoticeSchema = z.object({ verbatim: z.literal('corpus-changed') }).strict();
export const RELOAD_NOTICE: z.infer<typeof reloadNoticeSchema> = { verbatim: 'corpus-changed' };

/** The service, telling the other shards (through `notify`) after each successful reload or upload here. */
export function withReloadNotices(service: VerbatimService, notify: () => void): VerbatimService {
  return {
    ...service,
    reload: async (options) => {
      const report = await service.reload(options);
      notify();
      return report;
    },
    addDocument: async (fileName, bytes, options) => {
      const report = await service.addDocument(fileName, bytes, options);
      notify();
      return report;
    },
    removeDocument: async (fileName, options) => {
      const report = await service.removeDocument(fileName, options);
      notify();
      return report;
    },
  };
}

/**
 * Reloads this shard's corpus when another shard says it changed. The corpus directory and the snapshot in
 * DATA_DIR are shared, so this mostly restores the snapshot the other shard stored.
 */
export function followReloadNotices(service: VerbatimService, logger: Logger): void {
  process.on('message', (message: unknown) => {
    if (!reloadNoticeSchema.safeParse(message).success) return;
    service.reload().then(
      (report) =>
        logger.info({ corpusVersion: report.corpusVersion }, 'corpus reloaded at another shard\u2019s notice'),
      (error: unknown) =>
        logger.error({ err: error }, 'reload at another shard\u2019s notice failed; the old corpus keeps serving'),
    );
  });
}
