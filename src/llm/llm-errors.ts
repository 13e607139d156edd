/** Why a call to the model produced nothing usable. */
export type ModelFailureKind =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'network'
  | 'unauthorized'
  | 'request_rejected'
  | 'refusal'
  | 'content_filter'
  | 'truncated'
  | 'empty'
  | 'malformed_response';

const RETRYABLE: ReadonlySet<ModelFailureKind> = new Set(['timeout', 'rate_limited', 'server_error', 'network']);

/** A failed model call, with what was asked (model, response format) and what came back (status, cause). */
export class ModelCallError extends Error {
  override readonly name = 'ModelCallError';
  readonly kind: ModelFailureKind;
  readonly model: string;
  readonly status: number | undefined;
  /** True when the same request may succeed later (timeouts, 429, 5xx, network). */
  readonly retryable: boolean;
  /** Milliseconds the server asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: ModelFailureKind,
    message: string,
    details: { model: string; status?: number | undefined; retryAfterMs?: number | undefined; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.model = details.model;
    this.status = details.status;
    this.retryable = RETRYABLE.has(kind);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** A prompts/ file that is missing or lacks a placeholder the code fills in. */
export class PromptFileError extends Error {
  override readonly name = 'PromptFileError';
}
