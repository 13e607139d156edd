import type { Answerer } from '../answer/answerer.js';
import { createOfflineAnswerer } from '../answer/offline-answerer.js';
import type { AppConfig } from '../config/config.js';
import { llmEnabled } from '../llm/llm-enabled.js';
import type { Logger } from '../log/create-logger.js';

/**
 * The model-backed engine when a key or a base URL is configured, the offline engine otherwise (and as its fallback).
 * The model client (the `openai` package) is loaded only when it is configured: the offline engine starts without it.
 */
export async function createAnswerer(config: AppConfig, logger: Logger): Promise<Answerer> {
  const offline = createOfflineAnswerer();
  if (!llmEnabled(config)) return offline;
  const { createLlmAnswerer } = await import('../llm/create-llm-answerer.js');
  return createLlmAnswerer({ config, fallback: offline, logger });
}
