import type { AppConfig } from '../config/config.js';

/** True when the LLM engine can run: an OpenAI key, or a base URL of an OpenAI-compatible server (which may need no key). */
export function llmEnabled(config: Pick<AppConfig, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL'>): boolean {
  return config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined;
}
