import { performance } from 'node:perf_hooks';

export interface RecordedFile {
  readonly field: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** One HTTP request the bot made to the fake REST API, as it arrived. */
export interface RecordedRequest {
  readonly method: string;
  /** The raw path as sent, e.g. `/api/v10/webhooks/1/tok/messages/%40original`. */
  readonly path: string;
  /** Method and route template, e.g. `PATCH /webhooks/:applicationId/:token/messages/:messageId`. */
  readonly route: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body; for multipart requests, the parsed `payload_json` part. */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  readonly headers: Readonly<Record<string, string>>;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
  /** The status the fake answered with. */
  status: number;
  /** The JSON the fake answered with, if any. */
  response: unknown;
}

interface Waiter {
  readonly predicate: (request: RecordedRequest) => boolean;
  readonly resolve: (request: RecordedRequest) => void;
}

/** Every REST request in arrival order, with waiting helpers that never miss one already recorded. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  readonly #waiters = new Set<Waiter>();

  record(request: RecordedRequest): void {
    this.requests.push(request);
    for (const waiter of [...this.#waiters]) {
      if (waiter.predicate(request)) {
        this.#waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  }

  /** Resolves with the first request (past or future) that matches; rejects after `timeoutMs`. */
  waitFor(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
    what = 'a matching request',
  ): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const routes = this.requests.map((request) => `${request.route} -> ${request.status}`).slice(-15);
        reject(
          new Error(
            `Timed out after ${Math.round(performance.now() - started)} ms waiting for ${what}. Last requests:\n  ${routes.join('\n  ')}`,
          ),
        );
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}
