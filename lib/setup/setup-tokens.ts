import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { setupTokens } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { generateLinkToken, hashLinkToken, LINK_TOKEN_PATTERN } from "@/lib/auth/tokens";
import { createId } from "@/lib/ids";
import { hasAnyUser, lockSetup } from "./setup-state";

export const SETUP_TOKEN_TTL_HOURS = 24;

/**
 * At start, while nobody has an account: a fresh single-use token for the setup page. Returns the
 * token itself exactly once (for the log line); the database keeps only its hash. Several
 * instances starting together each get their own valid token; the first completed setup spends all.
 * Null when the instance already has accounts: then no token is written at all.
 */
export async function issueSetupToken(db: Database, options: { now?: Date } = {}): Promise<{ token: string; expiresAt: Date } | null> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await lockSetup(tx);
    if (await hasAnyUser(tx)) return null;
    const token = generateLinkToken();
    const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_HOURS * 3_600_000);
    await tx.insert(setupTokens).values({ id: createId("setupToken"), tokenHash: hashLinkToken(token), createdAt: now, expiresAt });
    return { token, expiresAt };
  });
}

/** The open (unused, unexpired) token row behind a link, or null. Malformed input never reaches the database. */
export async function findUsableSetupToken(db: Database, options: { token: string; now?: Date }) {
  if (!LINK_TOKEN_PATTERN.test(options.token)) return null;
  const [row] = await db
    .select({ id: setupTokens.id, expiresAt: setupTokens.expiresAt })
    .from(setupTokens)
    .where(
      and(
        eq(setupTokens.tokenHash, hashLinkToken(options.token)),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, options.now ?? new Date()),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** After the first account exists every other printed link must die too, whichever instance printed it. */
export async function spendAllSetupTokens(tx: Database, options: { now?: Date } = {}): Promise<void> {
  await tx.update(setupTokens).set({ usedAt: options.now ?? new Date() }).where(isNull(setupTokens.usedAt));
}

export function buildSetupUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/setup?token=${token}`;
}
