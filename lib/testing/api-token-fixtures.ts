import { eq } from "drizzle-orm";
import { apiTokens } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/authz/roles";
import { createPersonalToken, createServiceToken } from "@/lib/api-tokens/manage-tokens";

/** A personal token of `userId` (a member with `role`) in the workspace, through the real domain function. */
export async function createTestPersonalToken(options: { workspaceId: string; userId: string; role: Role; scopes?: string[] | null; name?: string }) {
  const db = await getDb();
  return createPersonalToken(db, {
    workspaceId: options.workspaceId,
    actorId: options.userId,
    memberRole: options.role,
    name: options.name ?? `test ${options.role}`,
    expiresInDays: 30,
    scopes: options.scopes ?? null,
  });
}

export async function createTestServiceToken(options: { workspaceId: string; ownerId: string; role: Role; scopes?: string[] | null; name?: string }) {
  const db = await getDb();
  return createServiceToken(db, {
    workspaceId: options.workspaceId,
    actorId: options.ownerId,
    role: options.role,
    name: options.name ?? `service ${options.role}`,
    expiresInDays: 30,
    scopes: options.scopes ?? null,
  });
}

/** Moves a token's expiry into the past (tests cannot wait a day). */
export async function expireTestToken(tokenId: string) {
  const db = await getDb();
  await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, tokenId));
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
