import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { z } from 'zod';
import type { AppConfig } from '../config/config.js';
import type { ChatMessage } from './build-messages.js';
import { ModelCallError, type ModelFailureKind } from './llm-errors.js';
import type { LlmLogger } from './llm-logger.js';
import { jsonSchemaResponseFormat } from './model-answer-schema.js';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from './retry-policy.js';

export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
}

type ResponseFormatKind = 'json_schema' | 'json_object';

interface ModelCompletion {
  /** The reply text: untrusted, to be parsed and grounded. */
  readonly content: string;
  readonly usage: TokenUsage | undefined;
  readonly responseFormat: ResponseFormatKind;
}

/** Anything that turns a conversation into one JSON reply. The OpenAI adapter is one; tests may pass another. */
export interface AnswerModel {
  readonly model: string;
  /**
   * @param deadline when the answer is due (epoch ms); by default OPENAI_TOTAL_TIMEOUT_MS from now.
   * @throws ModelCallError for every failure, with its kind and whether a retry could help.
   */
  complete(messages: readonly ChatMessage[], deadline?: number): Promise<ModelCompletion>;
}

export interface OpenAiAnswerModelOptions {
  readonly config: Pick<
    AppConfig,
    | 'OPENAI_API_KEY'
    | 'OPENAI_BASE_URL'
    | 'OPENAI_MODEL'
    | 'OPENAI_TIMEOUT_MS'
    | 'OPENAI_TOTAL_TIMEOUT_MS'
    | 'OPENAI_MAX_OUTPUT_TOKENS'
  >;
  readonly retry: RetryPolicy;
  readonly logger: LlmLogger;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly random: () => number;
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Local servers (Ollama, llama.cpp, vLLM) need no key, but the SDK insists on one. */
const PLACEHOLDER_API_KEY = 'not-needed';

/** The parts of a Chat Completions response this engine reads; anything else in the body is ignored. */
const completionSchema = z.object({
  choices: z.array(
    z.object({
      finish_reason: z.string().nullish(),
      message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }).nullish(),
    }),
  ),
  usage: z
    .object({
      prompt_tokens: z.number().int().nonnegative(),
      completion_tokens: z.number().int().nonnegative(),
      total_tokens: z.number().int().nonnegative(),
    })
    .nullish()
    .catch(undefined),
});

function usesOpenAiItself(baseURL: string): boolean {
  return new URL(baseURL).hostname === 'api.openai.com';
}

/** Whether a failed json_schema request says the server does not take that response format. */
function jsonSchemaRejection(error: ModelCallError): 'explicit' | 'unclear' | null {
  if (error.kind !== 'request_rejected' || (error.status !== 400 && error.status !== 422)) return null;
  // "Invalid schema for response_format ..." is our schema's fault, true of every server: nothing to learn from it.
  if (/invalid schema/i.test(error.message)) return null;
  if (/response_format|json_schema|structured output/i.test(error.message)) return 'explicit';
  // Some servers answer in a body the SDK cannot read ("400 status code (no body)"): try json_object once.
  return /status code \(no body\)/i.test(error.message) ? 'unclear' : null;
}

function classify(error: unknown, model: string, now: number): ModelCallError {
  if (error instanceof ModelCallError) return error;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return new ModelCallError('timeout', 'The model did not answer in time', { model, cause: error });
  }
  if (error instanceof APIConnectionError) {
    return new ModelCallError('network', `Cannot reach the model server: ${error.message}`, { model, cause: error });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const { status } = error;
    const shouldRetry = error.headers?.get('x-should-retry');
    let kind: ModelFailureKind =
      status === 429
        ? 'rate_limited'
        : status >= 500 || status === 408 || status === 409
          ? 'server_error'
          : status === 401 || status === 403
            ? 'unauthorized'
            : 'request_rejected';
    if (shouldRetry === 'false' && (kind === 'rate_limited' || kind === 'server_error')) kind = 'request_rejected';
    return new ModelCallError(kind, error.message, {
      model,
      status,
      retryAfterMs: parseRetryAfter(error.headers, now),
      cause: error,
    });
  }
  return new ModelCallError('network', `The model call failed: ${(error as Error)?.message ?? String(error)}`, {
    model,
    cause: error,
  });
}

/**
 * The OpenAI SDK on the Chat Completions API, built explicitly from config (key, base URL, timeout), asking for
 * a strict json_schema reply and falling back to json_object, for the life of this client, once a server rejects
 * json_schema. Retries are ours, not the SDK's: the SDK waits as long as any Retry-After says, and we cap it.
 */
export function createOpenAiAnswerModel(options: OpenAiAnswerModelOptions): AnswerModel {
  const { config, retry, logger, sleep, now, random } = options;
  const model = config.OPENAI_MODEL;
  const baseURL = config.OPENAI_BASE_URL ?? OPENAI_DEFAULT_BASE_URL;
  const client = new OpenAI({
    apiKey: config.OPENAI_API_KEY ?? PLACEHOLDER_API_KEY,
    baseURL,
    organization: null,
    project: null,
    timeout: config.OPENAI_TIMEOUT_MS,
    maxRetries: 0,
    logLevel: 'off',
  });
  // OpenAI's newer models refuse max_tokens; many OpenAI-compatible servers only know max_tokens.
  const tokenLimit = usesOpenAiItself(baseURL)
    ? { max_completion_tokens: config.OPENAI_MAX_OUTPUT_TOKENS }
    : { max_tokens: config.OPENAI_MAX_OUTPUT_TOKENS };
  let jsonSchemaUnsupported = false;

  /** The SDK's own timeout ends when headers arrive; the signal's deadline also covers reading the body. */
  async function fetchCompletion(
    messages: readonly ChatMessage[],
    format: ResponseFormatKind,
    timeoutMs: number,
  ): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await client.chat.completions.create(
        {
          model,
          messages: messages.map((message) => ({ role: message.role, content: message.content })),
          response_format: format === 'json_schema' ? jsonSchemaResponseFormat() : { type: 'json_object' },
          ...tokenLimit,
        },
        { timeout: timeoutMs, signal: controller.signal },
      );
    } catch (error) {
      if (controller.signal.aborted)
        throw new ModelCallError('timeout', 'The model did not answer in time', { model, cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function requestOnce(
    messages: readonly ChatMessage[],
    format: ResponseFormatKind,
    timeoutMs: number,
  ): Promise<ModelCompletion> {
    const completion = await fetchCompletion(messages, format, timeoutMs);
    const parsed = completionSchema.safeParse(completion);
    if (!parsed.success)
      throw new ModelCallError('malformed_response', 'The server sent something other than a chat completion', {
        model,
      });
    const choice = parsed.data.choices[0];
    if (!choice) throw new ModelCallError('empty', 'The server sent a completion without choices', { model });
    if (choice.message?.refusal) throw new ModelCallError('refusal', 'The model refused to answer', { model });
    if (choice.finish_reason === 'content_filter')
      throw new ModelCallError('content_filter', 'The reply was withheld by a content filter', { model });
    if (choice.finish_reason === 'length')
      throw new ModelCallError('truncated', 'The reply was cut off at the output token limit', { model });
    const content = choice.message?.content;
    if (!content || content.trim().length === 0)
      throw new ModelCallError('empty', 'The model sent an empty reply', { model });
    const usage = parsed.data.usage
      ? {
          promptTokens: parsed.data.usage.prompt_tokens,
          completionTokens: parsed.data.usage.completion_tokens,
          totalTokens: parsed.data.usage.total_tokens,
        }
      : undefined;
    return { content, usage, responseFormat: format };
  }

  /** Retries until the deadline, so a server that keeps timing out cannot hold a question for long. */
  async function requestWithRetries(
    messages: readonly ChatMessage[],
    format: ResponseFormatKind,
    deadline: number,
  ): Promise<ModelCompletion> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await requestOnce(messages, format, Math.max(1, Math.min(config.OPENAI_TIMEOUT_MS, deadline - now())));
      } catch (error) {
        const failure = classify(error, model, now());
        if (!failure.retryable || attempt >= retry.maxRetries) throw failure;
        if (failure.retryAfterMs !== undefined && failure.retryAfterMs > retry.maxRetryAfterMs) {
          logger.warn(
            { model, kind: failure.kind, retryAfterMs: failure.retryAfterMs },
            'model server asks for a longer wait than allowed; not retrying',
          );
          throw failure;
        }
        const waitMs = failure.retryAfterMs ?? backoffDelay(attempt, retry, random);
        if (now() + waitMs >= deadline) {
          logger.warn(
            { model, kind: failure.kind, budgetMs: config.OPENAI_TOTAL_TIMEOUT_MS },
            'no time left for another model call; not retrying',
          );
          throw failure;
        }
        logger.info(
          { model, kind: failure.kind, status: failure.status, attempt: attempt + 1, waitMs },
          'model call failed; retrying',
        );
        await sleep(waitMs);
      }
    }
  }

  return {
    model,
    async complete(messages, deadline = now() + config.OPENAI_TOTAL_TIMEOUT_MS) {
      if (jsonSchemaUnsupported) return requestWithRetries(messages, 'json_object', deadline);
      try {
        return await requestWithRetries(messages, 'json_schema', deadline);
      } catch (error) {
        const rejection = error instanceof ModelCallError ? jsonSchemaRejection(error) : null;
        if (!rejection) throw error;
        const remember = () => {
          if (!jsonSchemaUnsupported)
            logger.warn(
              { model, baseURL },
              'the server rejects json_schema response formats; using json_object from now on',
            );
          jsonSchemaUnsupported = true;
        };
        if (rejection === 'explicit') remember();
        const completion = await requestWithRetries(messages, 'json_object', deadline);
        remember();
        return completion;
      }
    },
  };
}
