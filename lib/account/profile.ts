import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export const NAME_MAX_LENGTH = 100;

export type AccountProfile = {
  id: string;
  email: string;
  name: string;
  /** The UI language chosen on Your account; null = the browser decides. */
  locale: "en" | "de" | null;
  hasPassword: boolean;
  passwordChangedAt: Date | null;
};

/** The profile page's view of an active account (never the hash itself). */
export async function getAccountProfile(db: Database, options: { userId: string }): Promise<AccountProfile | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, passwordHash: users.passwordHash, passwordChangedAt: users.passwordChangedAt })
    .from(users)
    .where(and(eq(users.id, options.userId), isNull(users.disabledAt)))
    .limit(1);
  if (!user) return null;
  const { passwordHash, ...profile } = user;
  return { ...profile, hasPassword: passwordHash !== null };
}

export async function updateAccountName(db: Database, options: { userId: string; name: string }): Promise<{ previousName: string; name: string }> {
  const [current] = await db.select({ name: users.name }).from(users).where(eq(users.id, options.userId)).for("update").limit(1);
  if (!current) throw new AppError("not_found", { key: "account.accountNotFound" });
  await db.update(users).set({ name: options.name }).where(eq(users.id, options.userId));
  return { previousName: current.name, name: options.name };
}
