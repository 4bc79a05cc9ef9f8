import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { apiIdempotencyKeys } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { problemOf, type Problem } from "./problem";

/** How long a key's stored response can be replayed. Clients retry within minutes; a day is generous. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Printable ASCII, as the IETF draft's examples (UUIDs); bounded so it is a key, not a payload. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** Larger responses are not stored for replay (the key is then released: a retry runs again). */
const MAX_STORED_BODY_CHARS = 256 * 1024;

export type StoredResponse = { status: number; headers: Record<string, string>; body: string };

export function requestFingerprint(options: { method: string; path: string; body: string }): string {
  return createHash("sha256").update(`${options.method}\n${options.path}\n${options.body}`, "utf8").digest("base64url");
}

/**
 * Reserves `key` for this token before the request runs. The reservation commits on its own, so a
 * concurrent duplicate sees it: `in_use` (409) until the first finishes, then `replay`.
 */
export async function reserveIdempotencyKey(
  db: Database,
  options: { tokenId: string; workspaceId: string; key: string; requestHash: string; now?: Date },
): Promise<{ kind: "reserved" } | { kind: "replay"; response: StoredResponse } | { kind: "refused"; problem: Problem }> {
  const now = options.now ?? new Date();
  // Expired keys of this token go first (keyed by the primary key's leading column: cheap).
  await db.delete(apiIdempotencyKeys).where(and(eq(apiIdempotencyKeys.tokenId, options.tokenId), lt(apiIdempotencyKeys.expiresAt, now)));
  const inserted = await db
    .insert(apiIdempotencyKeys)
    .values({
      tokenId: options.tokenId,
      key: options.key,
      workspaceId: options.workspaceId,
      requestHash: options.requestHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    })
    .onConflictDoNothing()
    .returning({ key: apiIdempotencyKeys.key });
  if (inserted.length > 0) return { kind: "reserved" };

  const [existing] = await db
    .select()
    .from(apiIdempotencyKeys)
    .where(and(eq(apiIdempotencyKeys.tokenId, options.tokenId), eq(apiIdempotencyKeys.key, options.key)));
  if (!existing) return reserveIdempotencyKey(db, options); // released between our insert and select
  if (existing.requestHash !== options.requestHash) {
    return {
      kind: "refused",
      problem: problemOf("idempotency_key_reused", "This Idempotency-Key was already used for a different request (method, path or body differ). Use a new key."),
    };
  }
  if (existing.responseStatus === null) {
    return { kind: "refused", problem: problemOf("idempotency_key_in_use", "A request with this Idempotency-Key is still running. Retry when it has finished.") };
  }
  return { kind: "replay", response: { status: existing.responseStatus, headers: existing.responseHeaders ?? {}, body: existing.responseBody ?? "" } };
}

/** Stores the response for replay; inside the request's transaction, so change and stored answer commit together. */
export async function storeIdempotentResponse(db: Database, options: { tokenId: string; key: string; response: StoredResponse }): Promise<boolean> {
  if (options.response.body.length > MAX_STORED_BODY_CHARS) return false;
  await db
    .update(apiIdempotencyKeys)
    .set({ responseStatus: options.response.status, responseHeaders: options.response.headers, responseBody: options.response.body })
    .where(and(eq(apiIdempotencyKeys.tokenId, options.tokenId), eq(apiIdempotencyKeys.key, options.key)));
  return true;
}

/** Frees the key after a failure that changed nothing, so the client may retry with it. */
export async function releaseIdempotencyKey(db: Database, options: { tokenId: string; key: string }): Promise<void> {
  await db.delete(apiIdempotencyKeys).where(and(eq(apiIdempotencyKeys.tokenId, options.tokenId), eq(apiIdempotencyKeys.key, options.key)));
}
