import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUserSession, resolveActiveSession } from "@/lib/auth/user-sessions";
import { createTestUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { revokeSessionAction, signOutEverywhereAction } from "@/app/(account)/account/actions";
import { listAccountSessions } from "./sessions";
import { accountAuditEntries } from "@/lib/testing/account-fixtures";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

async function sessionClaims(userId: string) {
  const { sessionId, sessionVersion } = await createUserSession(await getDb(), { userId, method: "password", userAgent: "Firefox" });
  return { uid: userId, sid: sessionId, sv: sessionVersion };
}

describe("active sessions on the profile page", () => {
  it("lists the account's own open sessions and marks this device", async () => {
    const db = await getDb();
    const [user, other] = [await createTestUser(), await createTestUser()];
    const [current, laptop] = [await sessionClaims(user.id), await sessionClaims(user.id)];
    await sessionClaims(other.id);
    const sessions = await listAccountSessions(db, { userId: user.id, currentSessionId: current.sid });
    expect(sessions.map((s) => [s.id, s.isCurrent]).sort()).toEqual([[current.sid, true], [laptop.sid, false]].sort());
  });

  it("revokes one of the caller's sessions and leaves the others", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const [current, laptop] = [await sessionClaims(user.id), await sessionClaims(user.id)];
    signInAs(user.id, current.sid);
    const result = await revokeSessionAction({ sessionId: laptop.sid });
    expect(result.data).toEqual({ sessionId: laptop.sid });
    expect(await resolveActiveSession(db, laptop)).toBeNull();
    expect(await resolveActiveSession(db, current)).toBe(user.id);
    const [entry] = await accountAuditEntries("account.revoke_session", user.id);
    expect(entry).toMatchObject({ outcome: "success", actorUserId: user.id, targetType: "session", targetId: laptop.sid });
  });

  it("refuses to revoke someone else's session, exactly like an unknown one, and audits the attempt", async () => {
    const db = await getDb();
    const [attacker, victim] = [await createTestUser(), await createTestUser()];
    const victimSession = await sessionClaims(victim.id);
    signInAs(attacker.id);
    const result = await revokeSessionAction({ sessionId: victimSession.sid });
    const unknown = await revokeSessionAction({ sessionId: "ses_does_not_exist" });
    expect(result.serverError).toMatchObject({ code: "not_found" });
    expect(unknown.serverError).toEqual(result.serverError);
    expect(await resolveActiveSession(db, victimSession)).toBe(victim.id);
    const entries = await accountAuditEntries("account.revoke_session", attacker.id);
    expect(entries[0]).toMatchObject({ outcome: "denied", targetId: victimSession.sid });
  });

  it("signs out everywhere: every session of the account ends, other accounts keep theirs", async () => {
    const db = await getDb();
    const [user, other] = [await createTestUser(), await createTestUser()];
    const sessions = [await sessionClaims(user.id), await sessionClaims(user.id), await sessionClaims(user.id)];
    const otherSession = await sessionClaims(other.id);
    signInAs(user.id, sessions[0]!.sid);
    expect((await signOutEverywhereAction({})).data).toEqual({ signedOut: true });
    for (const claims of sessions) expect(await resolveActiveSession(db, claims)).toBeNull();
    expect(await listAccountSessions(db, { userId: user.id, currentSessionId: null })).toEqual([]);
    expect(await resolveActiveSession(db, otherSession)).toBe(other.id);
    const [entry] = await accountAuditEntries("account.sign_out_everywhere", user.id);
    expect(entry).toMatchObject({ outcome: "success", actorUserId: user.id, targetId: user.id });
  });
});
