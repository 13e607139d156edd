import type { VerbatimService } from '../../src/app/verbatim-service.js';
import { createVerbatim, type VerbatimOptions } from '../../src/app/create-verbatim.js';
import { parseConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/log/create-logger.js';
import { SEEDS_DIR } from './seed-corpus.js';

/** The real service over a corpus directory (the seeds by default), logging nothing. */
export function createTestService(
  env: Record<string, string> = {},
  answerer?: VerbatimOptions['answerer'],
): Promise<VerbatimService> {
  const config = parseConfig({ CORPUS_DIR: SEEDS_DIR, ...env });
  return createVerbatim({ config, logger: createLogger('silent'), ...(answerer ? { answerer } : {}) });
}
