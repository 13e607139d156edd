import type { Answerer } from '../answer/answerer.js';
import { createOfflineAnswerer } from '../answer/offline-answerer.js';
import type { AppConfig } from '../config/config.js';
import { createLlmAnswerer, llmEnabled } from '../llm/index.js';
import type { Logger } from '../log/create-logger.js';

/** The model-backed engine when a key or a base URL is configured, the offline engine otherwise (and as its fallback). */
export function createAnswerer(config: AppConfig, logger: Logger): Answerer {
  const offline = createOfflineAnswerer();
  return llmEnabled(config) ? createLlmAnswerer({ config, fallback: offline, logger }) : offline;
}
