import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";
import { rateLimitKeyForIp } from "./client-ip";

/*
 * Sign-in attempt limits, counted in Postgres so they hold across app instances. Unknown emails
 * are limited too: the limit itself must not reveal whether an account exists.
 *
 * A plain per-account limit is a lockout weapon: anyone who knows an email can keep its owner
 * out with a handful of wrong passwords. So, as OWASP's authentication cheat sheet suggests, the
 * tight per-account limit is keyed by account AND client IP, and only a much looser limit spans
 * the whole account (against guessing spread over many IPs):
 * - per IP (SIGNIN_MAX_ATTEMPTS_PER_IP): one address spraying many accounts;
 * - per account + IP (SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT): one address guessing one account; the
 *   owner signing in from another address is not affected;
 * - per account (SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT × ACCOUNT_WIDE_FACTOR): an attack from many
 *   addresses. Checked last, so each address adds at most SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT to it:
 *   locking an account out takes ACCOUNT_WIDE_FACTOR distinct addresses, not one curl loop.
 *
 * Without a trusted client IP (TRUSTED_PROXY_HOPS=0, see client-ip.ts) every attempt falls into
 * the account's one "unknown IP" bucket, i.e. the tight limit applies per account: brute-force
 * protection wins over lockout resistance there. Production behind a proxy should set
 * TRUSTED_PROXY_HOPS.
 */
export const ACCOUNT_WIDE_FACTOR = 10;
const UNKNOWN_IP = "unknown";
const ACCOUNT_KEY_PREFIX = "signin:account";
const ACCOUNT_IP_KEY_PREFIX = "signin:account-ip";

type Limiters = { perIp: RateLimiterDrizzle; perAccountIp: RateLimiterDrizzle; perAccount: RateLimiterDrizzle };
const limitersByDb = new WeakMap<Database, Limiters>();

function limitersFor(db: Database): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    const common = { storeClient: db, schema: rateLimits, duration: env.SIGNIN_WINDOW_SECONDS };
    limiters = {
      perIp: new RateLimiterDrizzle({ ...common, keyPrefix: "signin:ip", points: env.SIGNIN_MAX_ATTEMPTS_PER_IP }),
      perAccountIp: new RateLimiterDrizzle({ ...common, keyPrefix: ACCOUNT_IP_KEY_PREFIX, points: env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT }),
      perAccount: new RateLimiterDrizzle({
        ...common,
        keyPrefix: ACCOUNT_KEY_PREFIX,
        points: env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT * ACCOUNT_WIDE_FACTOR,
      }),
    };
    limitersByDb.set(db, limiters);
  }
  return limiters;
}

const accountIpKey = (email: string, ip: string | null) => `${email}|${ip ? rateLimitKeyForIp(ip) : UNKNOWN_IP}`;

/**
 * The stored rate_limits keys (rate-limiter-flexible stores `<keyPrefix>:<key>`) that count an
 * account's attempts: exactly `signin:account:<email>`, and `signin:account-ip:<email>|<ip>` for
 * any IP. Erasure deletes exactly these; a substring match would reset other accounts' counters.
 */
export function signInAccountRateLimitKeys(email: string): { exact: string; prefix: string } {
  return { exact: `${ACCOUNT_KEY_PREFIX}:${email}`, prefix: `${ACCOUNT_IP_KEY_PREFIX}:${email}|` };
}

export type SignInLimit = "ip" | "account_ip" | "account";
export type SignInLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: SignInLimit };

/** Counts one attempt against the limits in order; refuses at the first exhausted one (later ones are not charged). */
export async function consumeSignInAttempt(
  db: Database,
  options: { email: string; ip: string | null },
): Promise<SignInLimitResult> {
  const { perIp, perAccountIp, perAccount } = limitersFor(db);
  const steps: [SignInLimit, RateLimiterDrizzle, string][] = [];
  if (options.ip) steps.push(["ip", perIp, rateLimitKeyForIp(options.ip)]);
  steps.push(["account_ip", perAccountIp, accountIpKey(options.email, options.ip)], ["account", perAccount, options.email]);
  for (const [limit, limiter, key] of steps) {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        return { allowed: false, limit, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
      }
      throw error;
    }
  }
  return { allowed: true };
}

/**
 * A successful sign-in clears the account's counter for that IP only. Not the account-wide one
 * (an attacker's distributed guesses must not be forgiven because the owner signed in), and not
 * the IP's (one office, many people).
 */
export async function resetAccountAttempts(db: Database, options: { email: string; ip: string | null }): Promise<void> {
  await limitersFor(db).perAccountIp.delete(accountIpKey(options.email, options.ip));
}
