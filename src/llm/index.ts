export { createLlmAnswerer, type LlmAnswererOptions, type LlmConfig } from './create-llm-answerer.js';
export { llmEnabled } from './llm-enabled.js';
export { ModelCallError, PromptFileError, type ModelFailureKind } from './llm-errors.js';
export type { LlmLogger } from './llm-logger.js';
export type { AnswerModel, ModelCompletion } from './openai-answer-model.js';
