import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { createTestUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { accountAuditEntries } from "@/lib/testing/account-fixtures";
import { updateLocaleAction } from "@/app/(account)/account/actions";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

async function storedLocale(userId: string) {
  const [row] = await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return row!.locale;
}

describe("update UI language", () => {
  it("saves the choice on the profile and audits the change from and to", async () => {
    const user = await createTestUser();
    signInAs(user.id);

    const result = await updateLocaleAction({ locale: "de" });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({ locale: "de" });
    expect(await storedLocale(user.id)).toBe("de");

    // Back to "follow the browser".
    expect((await updateLocaleAction({ locale: null })).data).toEqual({ locale: null });
    expect(await storedLocale(user.id)).toBeNull();

    const entries = await accountAuditEntries("account.update_locale", user.id);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ outcome: "success", actorUserId: user.id, targetType: "user", targetId: user.id, workspaceId: null });
    expect(entries.map((entry) => entry.detail)).toEqual([
      expect.objectContaining({ from: null, to: "de" }),
      expect.objectContaining({ from: "de", to: null }),
    ]);
  });

  it("refuses a language the UI does not speak with a field error and keeps the setting", async () => {
    const user = await createTestUser();
    signInAs(user.id);
    await updateLocaleAction({ locale: "en" });

    const result = await updateLocaleAction({ locale: "fr" as never });
    expect(result.data).toBeUndefined();
    expect(result.validationErrors?.fieldErrors?.locale?.[0]).toEqual(expect.any(String));
    expect(await storedLocale(user.id)).toBe("en");
    // The refusal is audited as such, never as a change.
    const entries = await accountAuditEntries("account.update_locale", user.id);
    expect(entries.map((entry) => entry.outcome)).toEqual(["success", expect.not.stringMatching(/^success$/)]);
    expect(entries[1]!.detail).toMatchObject({ reason: "invalid_input" });
  });

  it("refuses callers without a session", async () => {
    signInAs(null);
    const result = await updateLocaleAction({ locale: "de" });
    expect(result.data).toBeUndefined();
    expect(result.serverError?.code).toBe("unauthorized");
  });
});
