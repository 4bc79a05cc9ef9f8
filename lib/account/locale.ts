import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { UiLocale } from "@/lib/i18n/locales";

/** The member's UI language; null = follow the browser (Accept-Language), see resolveUiLocale. */
export async function updateAccountLocale(
  db: Database,
  options: { userId: string; locale: UiLocale | null },
): Promise<{ previousLocale: UiLocale | null; locale: UiLocale | null }> {
  const [current] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, options.userId)).for("update").limit(1);
  if (!current) throw new AppError("not_found");
  await db.update(users).set({ locale: options.locale }).where(eq(users.id, options.userId));
  return { previousLocale: current.locale, locale: options.locale };
}
