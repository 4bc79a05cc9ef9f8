import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/**
 * Requests per token per window, counted in Postgres (the `rate_limits` table shared with the
 * sign-in and public-action limits) so every app instance shares one budget per token.
 */
export type RateLimitPolicy = { points: number; windowSeconds: number };
export const DEFAULT_API_RATE_LIMIT: RateLimitPolicy = { points: 120, windowSeconds: 60 };
/** Refusals of a known token (revoked, expired, …) audited per token: one a minute, bucket `refused`. */
export const REFUSAL_AUDIT_POLICY: RateLimitPolicy = { points: 1, windowSeconds: 60 };
/** Routes that spend model budget (generation, answers): their own, smaller budget per token. */
export const MODEL_API_RATE_LIMIT: RateLimitPolicy = { points: 20, windowSeconds: 60 };

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number; limited: boolean };

const limiters = new WeakMap<Database, Map<string, RateLimiterDrizzle>>();

function limiterFor(db: Database, bucket: string, policy: RateLimitPolicy): RateLimiterDrizzle {
  let byBucket = limiters.get(db);
  if (!byBucket) limiters.set(db, (byBucket = new Map()));
  const id = `${bucket}:${policy.points}:${policy.windowSeconds}`;
  let limiter = byBucket.get(id);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: `api:${bucket}`, points: policy.points, duration: policy.windowSeconds });
    byBucket.set(id, limiter);
  }
  return limiter;
}

/** Counts one request of the token; `limited` when it is over the budget (nothing else happens then). */
export async function consumeApiRequest(db: Database, options: { tokenId: string; bucket: string; policy: RateLimitPolicy }): Promise<RateLimitState> {
  const limiter = limiterFor(db, options.bucket, options.policy);
  const state = (res: RateLimiterRes, limited: boolean): RateLimitState => ({
    limit: options.policy.points,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    limited,
  });
  try {
    return state(await limiter.consume(options.tokenId), false);
  } catch (error) {
    if (error instanceof RateLimiterRes) return state(error, true);
    throw error;
  }
}

/** The IETF draft's RateLimit-* fields (and Retry-After on 429). */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "ratelimit-limit": String(state.limit),
    "ratelimit-remaining": String(state.remaining),
    "ratelimit-reset": String(state.resetSeconds),
    ...(state.limited ? { "retry-after": String(state.resetSeconds) } : {}),
  };
}
