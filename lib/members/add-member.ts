import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { generateInitialPassword, hashPassword } from "@/lib/auth/password";

export type AddMemberResult = {
  userId: string;
  email: string;
  role: Role;
  /** Set only when the account was created now: shown once to the admin, never stored in clear. */
  initialPassword: string | null;
};

/**
 * Adds a person to a workspace by email. An unknown email gets a new account with a one-time
 * password the admin hands over (or SSO, when enabled, signs them in by the same email).
 */
export async function addMember(
  db: Database,
  options: { workspaceId: string; email: string; role: Role; name?: string },
): Promise<AddMemberResult> {
  const email = options.email.trim().toLowerCase();
  // Hash outside the transaction: it takes tens of milliseconds and holds no lock.
  const initialPassword = generateInitialPassword();
  const initialPasswordHash = await hashPassword(initialPassword);

  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    let userId = existing?.id;
    let createdPassword: string | null = null;
    if (!userId) {
      userId = createId("user");
      await tx.insert(users).values({
        id: userId,
        email,
        name: options.name?.trim() || email.split("@")[0] || email,
        passwordHash: initialPasswordHash,
      });
      createdPassword = initialPassword;
    }
    const [already] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, userId)))
      .limit(1);
    if (already) throw new AppError("conflict", `${email} is already a member (${already.role}).`);
    await tx.insert(memberships).values({ workspaceId: options.workspaceId, userId, role: options.role });
    return { userId, email, role: options.role, initialPassword: createdPassword };
  });
}
