import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-server";
import { createInvitationAction, resendInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";

/*
 * Regression (host-header poisoning): with SMTP_URL set but NEXTAUTH_URL unset, invitation links
 * were built from the request's X-Forwarded-Host (or Host) and mailed, so a forged header produced
 * a genuine Brandpilot mail pointing at another site. The actions run here as in production: the
 * configuration comes from `env`, the host from the request headers.
 */

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const config = vi.hoisted(() => ({ SMTP_URL: undefined as string | undefined, NEXTAUTH_URL: undefined as string | undefined }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const env = new Proxy(actual.env, {
    get: (target, key, receiver) => (key in config ? config[key as keyof typeof config] : Reflect.get(target, key, receiver)),
  });
  return { ...actual, env };
});

const request = vi.hoisted(() => ({ headers: {} as Record<string, string> }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.headers) }));

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => smtp.close());
beforeEach(() => {
  config.SMTP_URL = smtp.url;
  config.NEXTAUTH_URL = undefined;
  request.headers = { host: "brandpilot.internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
});

const unique = () => Math.random().toString(36).slice(2, 10);

async function workspaceWithAdmin() {
  const workspace = await createTestWorkspace("Link Brand");
  const admin = await createTestUser();
  await addTestMembership(workspace.id, admin.id, "admin");
  signInAs(admin.id);
  return { workspace, admin };
}

async function auditDetails(workspaceId: string, action: string) {
  const db = await getDb();
  const rows = await db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)));
  return rows.map((row) => row.detail);
}

describe("invitation links and mail (regression: host-header poisoning)", () => {
  it("with SMTP but without NEXTAUTH_URL, mails nothing and shows the admin a link on the request's own host", async () => {
    const { workspace } = await workspaceWithAdmin();
    const email = `poisoned-${unique()}@brand.example`;

    const created = await createInvitationAction({ workspaceId: workspace.id, email, role: "editor" });
    const resent = await resendInvitationAction({ workspaceId: workspace.id, invitationId: created.data!.invitation.id });

    for (const result of [created, resent]) {
      expect(result.serverError).toBeUndefined();
      expect(result.data).toMatchObject({ delivery: "shown_to_admin" });
      // Host, never X-Forwarded-Host: the admin sees this link, so the host is the one they used.
      expect(result.data!.link).toMatch(/^https:\/\/brandpilot\.internal:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.filter((mail) => mail.to.includes(email))).toEqual([]);
    expect(await auditDetails(workspace.id, "invitations.create")).toEqual([expect.objectContaining({ delivery: "shown_to_admin" })]);
  });

  it("with SMTP and NEXTAUTH_URL, mails a link on NEXTAUTH_URL whatever the request's headers say", async () => {
    config.NEXTAUTH_URL = "https://brandpilot.example/";
    const { workspace } = await workspaceWithAdmin();
    const email = `mailed-${unique()}@brand.example`;

    const created = await createInvitationAction({ workspaceId: workspace.id, email, role: "marketer" });

    expect(created.data).toMatchObject({ delivery: "mailed", link: null });
    const mail = await smtp.waitForMessage(email);
    expect(mail.text).toMatch(/https:\/\/brandpilot\.example\/invite\/[A-Za-z0-9_-]{43}/);
    expect(mail.text).not.toMatch(/evil\.example|brandpilot\.internal/);
  });

  it("without SMTP, shows a link on NEXTAUTH_URL when it is set", async () => {
    config.SMTP_URL = undefined;
    config.NEXTAUTH_URL = "https://brandpilot.example";
    const { workspace } = await workspaceWithAdmin();
    const created = await createInvitationAction({ workspaceId: workspace.id, email: `plain-${unique()}@brand.example`, role: "editor" });
    expect(created.data).toMatchObject({ delivery: "shown_to_admin", link: expect.stringMatching(/^https:\/\/brandpilot\.example\/invite\//) });
  });
});
