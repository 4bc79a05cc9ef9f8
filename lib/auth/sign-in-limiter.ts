import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";

/**
 * Sign-in attempt limits per account and per client IP, counted in Postgres so they hold
 * across app instances. Unknown emails are limited too: the limit itself must not reveal
 * whether an account exists.
 */
type Limiters = { perAccount: RateLimiterDrizzle; perIp: RateLimiterDrizzle };
const limitersByDb = new WeakMap<Database, Limiters>();

function limitersFor(db: Database): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    const common = { storeClient: db, schema: rateLimits, duration: env.SIGNIN_WINDOW_SECONDS };
    limiters = {
      perAccount: new RateLimiterDrizzle({ ...common, keyPrefix: "signin:account", points: env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT }),
      perIp: new RateLimiterDrizzle({ ...common, keyPrefix: "signin:ip", points: env.SIGNIN_MAX_ATTEMPTS_PER_IP }),
    };
    limitersByDb.set(db, limiters);
  }
  return limiters;
}

export type SignInLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: "account" | "ip" };

/** Counts one attempt against both limits; refuses when either is exhausted. */
export async function consumeSignInAttempt(
  db: Database,
  options: { email: string; ip: string | null },
): Promise<SignInLimitResult> {
  const { perAccount, perIp } = limitersFor(db);
  try {
    await perAccount.consume(options.email);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return { allowed: false, limit: "account", retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
    }
    throw error;
  }
  if (options.ip) {
    try {
      await perIp.consume(options.ip);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        return { allowed: false, limit: "ip", retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
      }
      throw error;
    }
  }
  return { allowed: true };
}

/** A successful sign-in clears the account's counter (not the IP's: one office, many people). */
export async function resetAccountAttempts(db: Database, options: { email: string }): Promise<void> {
  await limitersFor(db).perAccount.delete(options.email);
}
