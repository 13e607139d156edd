import { randomBytes } from 'node:crypto';
import pLimit from 'p-limit';
import { LRUCache } from 'lru-cache';
import type { Answerer, AnswerRequest } from '../answer/answerer.js';
import type { AskResult } from '../answer/ask-result.js';
import type { DeclineReason, Engine } from '../answer/ask-result.js';
import { decideDecline, passagesAsAsked } from '../answer/decline-policy.js';
import { checkGrounding } from '../answer/ground-citations.js';
import { describeCorpus } from '../answer/render-answer.js';
import { checkTypedAnswer, type TypedAnswer } from '../answer/typed-answer.js';
import { unquotedPartyDecline } from '../answer/unquoted-party.js';
import type { AppConfig } from '../config/config.js';
import { answerCacheKey } from './answer-cache.js';
import {
  buildMessages,
  buildRetryMessages,
  describeFailures,
  MAX_PROMPT_PASSAGES,
  type ChatMessage,
} from './build-messages.js';
import { groundModelAnswer, type GroundingOutcome } from './ground-model-answer.js';
import { ModelCallError } from './llm-errors.js';
import { silentLogger, type LlmLogger } from './llm-logger.js';
import { loadPrompts } from './load-prompts.js';
import { createOpenAiAnswerModel, type AnswerModel, type TokenUsage } from './openai-answer-model.js';
import { parseModelAnswer } from './parse-model-answer.js';
import { renderGroundedAnswer } from './render-grounded-answer.js';
import { DEFAULT_RETRY_TIMING } from './retry-policy.js';

type LlmConfig = Pick<
  AppConfig,
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_MODEL'
  | 'OPENAI_TIMEOUT_MS'
  | 'OPENAI_TOTAL_TIMEOUT_MS'
  | 'OPENAI_MAX_RETRIES'
  | 'OPENAI_MAX_OUTPUT_TOKENS'
  | 'OPENAI_CONCURRENCY'
>;

export interface LlmAnswererOptions {
  readonly config: LlmConfig;
  /** Answers whenever the model cannot: the offline engine. */
  readonly fallback: Answerer;
  /** Where system.md, user.md, passage.md and retry.md live; defaults to the repository's prompts/. */
  readonly promptsDir?: string;
  readonly logger?: LlmLogger;
  /** Replaces the OpenAI client (the default, built from `config`). */
  readonly model?: AnswerModel;
  readonly retryTiming?: Partial<typeof DEFAULT_RETRY_TIMING>;
  readonly cacheSize?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly random?: () => number;
  /** The per-request token that delimits passages in the prompt. */
  readonly boundary?: () => string;
}

/** Questions the decline policy refuses on principle: no model sees them, the fallback declines them. */
const REFUSED_ON_PRINCIPLE: ReadonlySet<DeclineReason> = new Set([
  'embedded_instructions',
  'creative_request',
  'personal_data',
]);

interface Attempt {
  readonly content: string;
  readonly grounding: GroundingOutcome | null;
  readonly parseProblem: string | null;
}

interface Outcome {
  readonly result: AskResult;
  /** Model answers and model declines are kept; fallbacks after a failure are not, so the next ask tries again. */
  readonly cacheable: boolean;
}

function addUsage(total: TokenUsage | undefined, more: TokenUsage | undefined): TokenUsage | undefined {
  if (!more) return total;
  if (!total) return more;
  return {
    promptTokens: total.promptTokens + more.promptTokens,
    completionTokens: total.completionTokens + more.completionTokens,
    totalTokens: total.totalTokens + more.totalTokens,
  };
}

function claimCount(attempt: Attempt): number {
  return attempt.grounding?.claims.length ?? 0;
}

/** Too little survived: nothing usable, or more claims dropped than kept. A reply that says "unanswerable" is usable. */
function tooLittleSurvived(attempt: Attempt): boolean {
  const grounding = attempt.grounding;
  if (!grounding) return true;
  if (grounding.claims.length === 0) return !grounding.unanswerable;
  return grounding.dropped.length > grounding.claims.length;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The LLM engine: the model writes claims from the retrieved passages, the grounding gate keeps only claims whose
 * quotes are corpus text at the cited passage, and the result must pass `checkGrounding`. Whenever the model
 * fails (timeout, rate limit, server or network error, refusal, filter, bad or truncated JSON) or too little
 * survives even after one retry, the `fallback` engine answers. Never throws for a model failure.
 * @throws PromptFileError at construction when a prompt file is missing or incomplete.
 */
export function createLlmAnswerer(options: LlmAnswererOptions): Answerer {
  const { config, fallback } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const prompts = loadPrompts(options.promptsDir);
  const model =
    options.model ??
    createOpenAiAnswerModel({
      config,
      retry: { maxRetries: config.OPENAI_MAX_RETRIES, ...DEFAULT_RETRY_TIMING, ...options.retryTiming },
      logger,
      sleep: options.sleep ?? sleepFor,
      now,
      random: options.random ?? Math.random,
    });
  const engine: Engine = `llm:${model.model}`;
  const limit = pLimit(config.OPENAI_CONCURRENCY);
  const cache = new LRUCache<string, AskResult>({ max: options.cacheSize ?? 256 });
  const inFlight = new Map<string, Promise<Outcome>>();
  const newBoundary = options.boundary ?? (() => `VB${randomBytes(6).toString('hex').toUpperCase()}`);

  async function attempt(
    messages: readonly ChatMessage[],
    request: AnswerRequest,
    passages: AnswerRequest['retrieval']['passages'],
    deadline: number,
  ) {
    const completion = await limit(() => model.complete(messages, deadline));
    const parsed = parseModelAnswer(completion.content);
    const grounding = parsed.ok
      ? groundModelAnswer(parsed.answer, { passages, speakers: request.corpus.speakers })
      : null;
    if (
      grounding &&
      (grounding.rejections.length > 0 || grounding.dropped.length > 0 || grounding.discardedProse.length > 0)
    ) {
      logger.info(
        {
          model: model.model,
          kept: grounding.claims.length,
          dropped: grounding.dropped.length,
          rejected: grounding.rejections.map((rejection) => rejection.reason),
          discardedProse: grounding.discardedProse.length,
        },
        'grounding gate removed model output',
      );
    }
    const outcome: Attempt = {
      content: completion.content,
      grounding,
      parseProblem: parsed.ok ? null : parsed.problem,
    };
    return { outcome, usage: completion.usage };
  }

  async function fallBack(request: AnswerRequest, why: string, details: object): Promise<Outcome> {
    logger.warn(
      { model: model.model, ...details },
      `LLM answer unavailable (${why}); the ${fallback.engine} engine answers`,
    );
    return { result: await fallback.answer(request), cacheable: false };
  }

  async function answerWithModel(request: AnswerRequest, started: number, typed: TypedAnswer | null): Promise<Outcome> {
    // The passage that gives the date or number asked for comes first, so the model sees it whatever the ranking.
    const forced = typed ? [typed.passage, ...(typed.topic ? [typed.topic] : [])] : [];
    const passages = [
      ...forced,
      ...request.retrieval.passages.filter((passage) => !forced.some((chosen) => chosen.id === passage.id)),
    ].slice(0, MAX_PROMPT_PASSAGES);
    const messages = buildMessages(prompts, request.question, passages, newBoundary());
    // One budget for the whole question: the grounded retry gets only what the first reply left.
    const deadline = started + config.OPENAI_TOTAL_TIMEOUT_MS;
    const attempts: Attempt[] = [];
    let usage: TokenUsage | undefined;
    try {
      const first = await attempt(messages, request, passages, deadline);
      attempts.push(first.outcome);
      usage = addUsage(usage, first.usage);
      if (tooLittleSurvived(first.outcome) && now() < deadline) {
        const grounding = first.outcome.grounding;
        const failures = describeFailures(
          grounding?.rejections ?? [],
          grounding?.dropped ?? [],
          first.outcome.parseProblem,
        );
        const second = await attempt(
          buildRetryMessages(prompts, messages, first.outcome.content, failures),
          request,
          passages,
          deadline,
        );
        attempts.push(second.outcome);
        usage = addUsage(usage, second.usage);
      }
    } catch (error) {
      if (!(error instanceof ModelCallError)) {
        // Not a model failure but a defect in handling its reply: logged loudly, yet the user still gets an answer.
        logger.error({ model: model.model, err: error }, 'unexpected error while handling a model reply');
        return fallBack(request, 'unexpected error', {});
      }
      if (attempts.length === 0 || claimCount(attempts[0] as Attempt) === 0) {
        return fallBack(request, error.kind, { kind: error.kind, status: error.status });
      }
      logger.warn(
        { model: model.model, kind: error.kind, status: error.status },
        'the retry failed; keeping what survived the first reply',
      );
    }

    const best = attempts.reduce<Attempt | undefined>(
      (chosen, next) => (chosen && claimCount(chosen) >= claimCount(next) ? chosen : next),
      undefined,
    );
    const common = {
      engine,
      corpusVersion: request.corpus.version,
      ...(usage ? { usage } : {}),
      latencyMs: now() - started,
    };
    let result: AskResult;
    if (best?.grounding && best.grounding.claims.length > 0) {
      const typedPassage = typed?.passage;
      // A when / how many answer must rest on the sentence that gives the date or number, as the offline one does.
      if (
        typedPassage &&
        !best.grounding.citations.some(
          (citation) =>
            citation.source === typedPassage.document.id &&
            citation.start < typedPassage.sentence.end &&
            typedPassage.sentence.start < citation.end,
        )
      )
        return fallBack(request, 'the answer does not cite the passage that gives what was asked', {});
      // Asked what someone said whom the articles never quote, the model's sources must have them doing something,
      // as the offline engine's must: otherwise its claims pass others' words off as theirs.
      const cited = passages.filter((passage) =>
        best.grounding?.citations.some(
          (citation) =>
            citation.source === passage.document.id &&
            citation.start < passage.sentence.end &&
            passage.sentence.start < citation.end,
        ),
      );
      if (unquotedPartyDecline(request.question, request.corpus, request.retrieval, cited))
        return fallBack(request, 'the answer cites no words of the party asked about', {});
      result = {
        status: 'answered',
        answer: renderGroundedAnswer(best.grounding.claims),
        citations: [...best.grounding.citations],
        ...common,
      };
    } else if (attempts.some((entry) => entry.grounding?.unanswerable)) {
      result = {
        status: 'declined',
        answer: `The articles do not say enough to answer that. ${describeCorpus(request.corpus)}`,
        citations: [],
        reason: 'not_supported',
        ...common,
      };
    } else {
      return fallBack(request, 'nothing survived the grounding gate', { attempts: attempts.length });
    }

    const rejected = checkGrounding(result, request.corpus);
    if (rejected.length > 0) {
      // The gate builds citations from corpus offsets, so this means a bug here, not a bad model.
      logger.error(
        { model: model.model, rejected: rejected.map((entry) => entry.reason) },
        'an LLM answer failed the final grounding check',
      );
      return fallBack(request, 'final grounding check failed', {});
    }
    return { result, cacheable: true };
  }

  return {
    engine,
    async answer(asked) {
      const started = now();
      const decline = decideDecline(asked.question, asked.retrieval);
      // The model sees the passages the offline engine would cite: not those with another party doing what the
      // question asks of its doer.
      const request = { ...asked, retrieval: passagesAsAsked(asked.question, asked.retrieval).retrieval };
      if ((decline && REFUSED_ON_PRINCIPLE.has(decline.reason)) || request.retrieval.passages.length === 0) {
        return fallback.answer(asked);
      }
      // A when / how long / how many question no passage answers with a date or number is declined, as offline.
      const typedCheck = checkTypedAnswer(request.question, request.retrieval);
      if (typedCheck.decline) return fallback.answer(asked);
      // Asked for the words of someone no passage has saying or doing anything, the offline engine declines whatever
      // it cites, so no model is asked.
      if (unquotedPartyDecline(request.question, request.corpus, request.retrieval, request.retrieval.passages))
        return fallback.answer(asked);
      const key = answerCacheKey(request.corpus.version, request.question, model.model);
      const cached = cache.get(key);
      if (cached) {
        const { usage: _spentEarlier, ...result } = cached;
        return { ...result, latencyMs: now() - started };
      }
      let pending = inFlight.get(key);
      const shared = pending !== undefined;
      if (!pending) {
        pending = answerWithModel(request, started, typedCheck.typed).then((outcome) => {
          if (outcome.cacheable) cache.set(key, outcome.result);
          return outcome;
        });
        inFlight.set(key, pending);
        pending.finally(() => inFlight.delete(key)).catch(() => {});
      }
      const { result } = await pending;
      if (!shared) return result;
      const { usage: _spentByTheFirstAsker, ...sharedResult } = result;
      return { ...sharedResult, latencyMs: now() - started };
    },
  };
}
