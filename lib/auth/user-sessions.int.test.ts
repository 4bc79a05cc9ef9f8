import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users, userSessions } from "@/lib/db/schema";
import { createTestUser } from "@/lib/testing/fixtures";
import { createUserSession, listActiveUserSessions, resolveActiveSession, revokeAllUserSessions, revokeUserSession } from "./user-sessions";

async function signedInSession(userId: string) {
  const db = await getDb();
  const { sessionId, sessionVersion } = await createUserSession(db, { userId, method: "password", ip: "203.0.113.9", userAgent: "test" });
  return { uid: userId, sid: sessionId, sv: sessionVersion };
}

describe("session rows checked per request", () => {
  it("accepts a fresh session and refuses it once revoked", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const claims = await signedInSession(user.id);
    expect(await resolveActiveSession(db, claims)).toBe(user.id);
    expect(await revokeUserSession(db, { userId: user.id, sessionId: claims.sid })).toBe(true);
    expect(await resolveActiveSession(db, claims)).toBeNull();
    // Revoking twice reports that nothing was left to end.
    expect(await revokeUserSession(db, { userId: user.id, sessionId: claims.sid })).toBe(false);
  });

  it("refuses every older token after a session-version bump, and keeps newer sessions working", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const first = await signedInSession(user.id);
    const second = await signedInSession(user.id);
    await revokeAllUserSessions(db, { userId: user.id });
    expect(await resolveActiveSession(db, first)).toBeNull();
    expect(await resolveActiveSession(db, second)).toBeNull();
    // Even a session row someone failed to revoke is dead for a token of the old version.
    await db.update(userSessions).set({ revokedAt: null }).where(eq(userSessions.id, first.sid));
    expect(await resolveActiveSession(db, first)).toBeNull();
    const after = await signedInSession(user.id);
    expect(after.sv).toBe(first.sv + 1);
    expect(await resolveActiveSession(db, after)).toBe(user.id);
  });

  it("refuses an expired session", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const claims = await signedInSession(user.id);
    await db.update(userSessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(userSessions.id, claims.sid));
    expect(await resolveActiveSession(db, claims)).toBeNull();
    expect(await listActiveUserSessions(db, { userId: user.id })).toEqual([]);
  });

  it("refuses the sessions of a disabled account", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const claims = await signedInSession(user.id);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await resolveActiveSession(db, claims)).toBeNull();
  });

  it("refuses claims of the wrong shape or belonging to another account", async () => {
    const db = await getDb();
    const [user, other] = [await createTestUser(), await createTestUser()];
    const claims = await signedInSession(user.id);
    expect(await resolveActiveSession(db, claims)).toBe(user.id);
    const malformed: Array<Record<string, unknown>> = [
      {},
      { uid: user.id },
      { uid: user.id, sid: claims.sid },
      { uid: user.id, sid: claims.sid, sv: String(claims.sv) },
      { uid: 42, sid: claims.sid, sv: claims.sv },
      { uid: user.id, sid: [claims.sid], sv: claims.sv },
      { uid: other.id, sid: claims.sid, sv: claims.sv },
      { uid: user.id, sid: "ses_unknown", sv: claims.sv },
    ];
    for (const value of malformed) {
      expect(await resolveActiveSession(db, value), JSON.stringify(value)).toBeNull();
    }
  });

  it("lets an account revoke only its own sessions", async () => {
    const db = await getDb();
    const [owner, other] = [await createTestUser(), await createTestUser()];
    const claims = await signedInSession(owner.id);
    expect(await revokeUserSession(db, { userId: other.id, sessionId: claims.sid })).toBe(false);
    expect(await resolveActiveSession(db, claims)).toBe(owner.id);
  });
});

describe("a sign-in racing a password change", () => {
  it("opens no session when the session version moved after the password was checked", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const [before] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
    // The password was checked at version `before.sv`; a reset commits before the session row is written.
    await revokeAllUserSessions(db, { userId: user.id });
    await expect(
      createUserSession(db, { userId: user.id, method: "password", expectedSessionVersion: before!.sv }),
    ).rejects.toThrow(/changed during sign-in/);
    expect(await listActiveUserSessions(db, { userId: user.id })).toEqual([]);
    // Checked at the current version, the sign-in goes through.
    const fresh = await createUserSession(db, { userId: user.id, method: "password", expectedSessionVersion: before!.sv + 1 });
    expect(fresh.sessionVersion).toBe(before!.sv + 1);
  });
});
