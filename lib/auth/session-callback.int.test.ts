import { describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import { getDb } from "@/lib/db/client";
import { createTestUser } from "@/lib/testing/fixtures";
import { getAuthOptions } from "./options";
import { createUserSession, revokeUserSession } from "./user-sessions";

/** What next-auth's /api/auth/session and getServerSession return for a token. */
async function sessionFor(token: Record<string, unknown>): Promise<Session> {
  const callback = getAuthOptions().callbacks!.session!;
  const base = { user: { id: "", name: "Old Name", email: "old@brand.example" }, expires: new Date(Date.now() + 3600_000).toISOString() } as Session;
  return (await callback({ session: base, token, user: undefined as never, newSession: undefined, trigger: "update" } as never)) as Session;
}

describe("session callback", () => {
  it("gives a live session its user id and this browser's session id", async () => {
    const user = await createTestUser();
    const { sessionId, sessionVersion } = await createUserSession(await getDb(), { userId: user.id, method: "password" });
    const session = await sessionFor({ uid: user.id, sid: sessionId, sv: sessionVersion, email: user.email });
    expect(session.user?.id).toBe(user.id);
    expect(session.sessionId).toBe(sessionId);
  });

  it("gives a revoked session no user at all: no id, name or email from the old token", async () => {
    const user = await createTestUser();
    const db = await getDb();
    const { sessionId, sessionVersion } = await createUserSession(db, { userId: user.id, method: "password" });
    await revokeUserSession(db, { userId: user.id, sessionId });
    const session = await sessionFor({ uid: user.id, sid: sessionId, sv: sessionVersion, email: user.email });
    expect(session.user).toBeUndefined();
    expect(session.sessionId).toBeUndefined();
    expect(JSON.stringify(session)).not.toContain(user.email);
  });

  it("sign-out (next-auth's signOut event, given the decoded cookie) ends that session row and no other", async () => {
    const user = await createTestUser();
    const db = await getDb();
    const signingOut = await createUserSession(db, { userId: user.id, method: "password" });
    const otherBrowser = await createUserSession(db, { userId: user.id, method: "password" });
    const token = { uid: user.id, sid: signingOut.sessionId, sv: signingOut.sessionVersion, email: user.email };
    await getAuthOptions().events!.signOut!({ token, session: undefined as never });
    // The same cookie, replayed on any instance (all read this row), has no user any more.
    expect((await sessionFor(token)).user).toBeUndefined();
    const other = await sessionFor({ uid: user.id, sid: otherBrowser.sessionId, sv: otherBrowser.sessionVersion, email: user.email });
    expect(other.user?.id).toBe(user.id);
  });
});
