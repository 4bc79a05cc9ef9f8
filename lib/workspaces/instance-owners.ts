import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export async function listInstanceOwners(db: Database) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.isInstanceOwner, true))
    .orderBy(asc(users.email));
}

/** Promotes an existing account; an email without an account is refused (invite the person first). */
export async function grantInstanceOwner(tx: Database, options: { email: string }) {
  const email = options.email.trim().toLowerCase();
  const [user] = await tx
    .select({ id: users.id, email: users.email, isInstanceOwner: users.isInstanceOwner, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email))
    .limit(1)
    .for("update");
  if (!user || user.disabledAt) {
    throw new AppError("not_found", { key: "workspaces.noActiveAccountUses", params: { email } });
  }
  if (user.isInstanceOwner) throw new AppError("conflict", { key: "workspaces.alreadyInstanceOwner", params: { email } });
  await tx.update(users).set({ isInstanceOwner: true }).where(eq(users.id, user.id));
  return { userId: user.id, email: user.email };
}

/**
 * Takes instance ownership away, never from the last active owner: without one nobody could
 * create, restore or hand over workspaces any more. The active owners' rows are locked first (in
 * id order), so two owners revoking each other at once queue up and the second sees the first's
 * change instead of both passing the check on a stale count.
 */
export async function revokeInstanceOwner(tx: Database, options: { userId: string }) {
  const owners = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.isInstanceOwner, true), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for("update");
  const [target] = await tx
    .select({ id: users.id, email: users.email, isInstanceOwner: users.isInstanceOwner })
    .from(users)
    .where(eq(users.id, options.userId))
    .limit(1);
  if (!target) throw new AppError("not_found", { key: "workspaces.accountNotFound" });
  if (!target.isInstanceOwner) throw new AppError("conflict", { key: "workspaces.notInstanceOwner", params: { email: target.email } });
  if (owners.every((owner) => owner.id === target.id)) {
    throw new AppError("conflict", { key: "workspaces.instanceNeedsAtLeast" });
  }
  await tx.update(users).set({ isInstanceOwner: false }).where(eq(users.id, target.id));
  return { userId: target.id, email: target.email };
}
