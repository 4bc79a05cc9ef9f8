import type { CatalogEntry } from "../catalog";
import type { CircuitBreaker } from "./circuit-breaker";
import { classifyFailure, errorDetail, RouterError, type AttemptRecord } from "./errors";

export type ExecuteOptions<T> = {
  candidates: CatalogEntry[];
  breaker: CircuitBreaker;
  /** One call to one model; must honour the abort signal (the AI SDK calls do). */
  run: (entry: CatalogEntry, signal: AbortSignal) => Promise<T>;
  timeoutMs: number;
  /**
   * The caller's request (a client that disconnects aborts it). An abort ends the call as
   * `aborted`: not retried, no fallback, and not a failure for the circuit breaker (the model did
   * nothing wrong).
   */
  abortSignal?: AbortSignal;
  /** Retries on the same model for timeouts and retryable errors (429, 5xx, network). */
  maxRetriesPerModel?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
};

export type ExecuteResult<T> = { value: T; model: CatalogEntry; attempts: AttemptRecord[] };

/** Full-jitter exponential backoff (AWS architecture blog): uniform in [0, base·2^attempt). */
export function backoffDelayMs(attempt: number, baseDelayMs: number, random: () => number): number {
  return Math.floor(random() * baseDelayMs * 2 ** attempt);
}

/**
 * Tries the candidates in order. Per model: a per-call timeout, retries with jittered backoff for
 * retryable failures only, and the circuit breaker. Output that fails the schema moves on to the
 * next model at once (a repair loop above may prefer to retry it with the errors). The caller gets
 * a value or a RouterError with the whole attempt chain — never a raw provider error, never a hang.
 */
export async function executeWithFallback<T>(options: ExecuteOptions<T>): Promise<ExecuteResult<T>> {
  const attempts: AttemptRecord[] = [];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => performance.now());
  const maxRetries = options.maxRetriesPerModel ?? 2;
  if (options.candidates.length === 0) throw new RouterError("no_candidate", attempts);

  const caller = options.abortSignal;
  const abortedBy = (entry: CatalogEntry, attempt: number, latencyMs: number): RouterError => {
    attempts.push({ modelId: entry.id, attempt, outcome: "aborted", latencyMs });
    return new RouterError("aborted", attempts);
  };

  for (const entry of options.candidates) {
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      // Gone before this attempt started (e.g. during a backoff): nothing more is sent.
      if (caller?.aborted) throw new RouterError("aborted", attempts);
      if (!options.breaker.allows(entry.id)) {
        attempts.push({ modelId: entry.id, attempt, outcome: "skipped_circuit_open", latencyMs: 0 });
        break;
      }
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new Error(`timed out after ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      const onCallerAbort = () => controller.abort(caller?.reason ?? new Error("aborted by the caller"));
      caller?.addEventListener("abort", onCallerAbort, { once: true });
      const started = now();
      try {
        const value = await Promise.race([
          options.run(entry, controller.signal),
          // A model that ignores the abort signal still cannot hold the caller past the timeout.
          new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true })),
        ]);
        clearTimeout(timer);
        caller?.removeEventListener("abort", onCallerAbort);
        options.breaker.recordSuccess(entry.id);
        attempts.push({ modelId: entry.id, attempt, outcome: "success", latencyMs: Math.round(now() - started) });
        return { value, model: entry, attempts };
      } catch (error) {
        clearTimeout(timer);
        caller?.removeEventListener("abort", onCallerAbort);
        if (caller?.aborted && !timedOut) {
          options.breaker.release(entry.id);
          throw abortedBy(entry, attempt, Math.round(now() - started));
        }
        const failure = classifyFailure(error, { timedOut });
        attempts.push({ modelId: entry.id, attempt, outcome: failure, latencyMs: Math.round(now() - started), ...errorDetail(error) });
        // The model answered, just not in shape: the provider is up, so for the breaker it counts
        // as a success (which also ends a half-open probe).
        if (failure === "invalid_output") options.breaker.recordSuccess(entry.id);
        else options.breaker.recordFailure(entry.id);
        const isWorthRetrying = failure === "timeout" || failure === "retryable";
        if (!isWorthRetrying || attempt === maxRetries) break;
        await sleep(backoffDelayMs(attempt, options.baseDelayMs ?? 250, random));
      }
    }
  }
  throw new RouterError("all_candidates_failed", attempts);
}
