export { createLlmAnswerer, type LlmAnswererOptions } from './create-llm-answerer.js';
export { llmEnabled } from './llm-enabled.js';
export { PromptFileError } from './llm-errors.js';
export type { LlmLogger } from './llm-logger.js';
