import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

const limiters = new WeakMap<Database, Map<number, RateLimiterDrizzle>>();

/** Per-user request limit for routed model calls, counted in Postgres across instances. */
export async function consumeModelRequest(
  db: Database,
  options: { userId: string; perMinute: number },
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  let byLimit = limiters.get(db);
  if (!byLimit) limiters.set(db, (byLimit = new Map()));
  let limiter = byLimit.get(options.perMinute);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: "model:user", points: options.perMinute, duration: 60 });
    byLimit.set(options.perMinute, limiter);
  }
  try {
    await limiter.consume(options.userId);
    return { allowed: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
    throw error;
  }
}
