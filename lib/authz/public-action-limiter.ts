import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { rateLimitKeyForIp } from "@/lib/auth/client-ip";

/**
 * Public actions (first-run setup, accepting an invitation, password reset) answer callers
 * without a session. Their link secrets cannot be guessed, but each call costs a password hash
 * or an e-mail, so every client IP gets a budget per action, shared by all instances through Postgres.
 */
const POINTS_PER_WINDOW = 20;
const WINDOW_SECONDS = 15 * 60;
const limiters = new WeakMap<Database, RateLimiterDrizzle>();

export async function consumePublicActionAttempt(db: Database, options: { action: string; ip: string | null }): Promise<void> {
  // No trustworthy address (TRUSTED_PROXY_HOPS misconfigured): one shared bucket would let a
  // single caller lock everyone out, so the per-action checks inside the domain functions
  // (per e-mail, single-use tokens) are what remains.
  if (!options.ip) return;
  let limiter = limiters.get(db);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: "public-action", points: POINTS_PER_WINDOW, duration: WINDOW_SECONDS });
    limiters.set(db, limiter);
  }
  try {
    await limiter.consume(`${options.action}:${rateLimitKeyForIp(options.ip)}`);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError("rate_limited");
    throw error;
  }
}
