import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { memberships, notifications } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-server";
import { submitAssetForReviewAction } from "@/app/(app)/[workspace]/generate/actions";
import { approveAssetAction, publishAssetAction, requestChangesAction } from "@/app/(app)/[workspace]/review/actions";
import { markAllNotificationsReadAction, markNotificationsReadAction, saveNotificationSettingsAction } from "@/app/(app)/[workspace]/my-work/actions";
import { countUnreadNotifications, listNotifications } from "./load-notifications";
import { countMyWork, listMyWork } from "./my-work";
import { sendDailyDigests } from "./daily-digest";
import { mailNotificationsNow } from "./mail-notifications";
import { notifyBudgetCrossing } from "./budget-notifications";
import { notifyImportFinished } from "./import-notifications";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const config = vi.hoisted(() => ({ SMTP_URL: undefined as string | undefined, NEXTAUTH_URL: undefined as string | undefined }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  const env = new Proxy(actual.env, { get: (target, key, receiver) => (key in config ? config[key as keyof typeof config] : Reflect.get(target, key, receiver)) });
  return { ...actual, env };
});

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => smtp.close());
beforeEach(() => {
  config.SMTP_URL = undefined;
  config.NEXTAUTH_URL = undefined;
});

/** A workspace with an admin, two editors, a marketer with a submitted-ready draft, and a manager. */
async function reviewWorkspace() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const [admin, editor, editor2, marketer, manager] = await Promise.all([createTestUser(), createTestUser(), createTestUser(), createTestUser(), createTestUser()]);
  await db.insert(memberships).values([
    { workspaceId: workspace.id, userId: admin.id, role: "admin" },
    { workspaceId: workspace.id, userId: editor.id, role: "editor" },
    { workspaceId: workspace.id, userId: editor2.id, role: "editor" },
    { workspaceId: workspace.id, userId: marketer.id, role: "marketer" },
    { workspaceId: workspace.id, userId: manager.id, role: "manager" },
  ]);
  const { fjellId } = await setUpBrand(workspace.id);
  const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: marketer.id, productSourceId: fjellId });
  return { workspace, admin, editor, editor2, marketer, manager, assetId };
}

async function kindsFor(workspaceId: string, userId: string) {
  const db = await getDb();
  const rows = await db.select().from(notifications).where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId)));
  return rows.map((row) => row.kind).sort();
}

describe("notifications of review steps", () => {
  it("submitted → reviewers (not the submitter); changes requested, approved, published → the author, never the actor", async () => {
    const { workspace, admin, editor, editor2, marketer, manager, assetId } = await reviewWorkspace();
    const ws = workspace.id;

    signInAs(marketer.id);
    expect((await submitAssetForReviewAction({ workspaceId: ws, assetId }))?.data).toMatchObject({ state: "in_review" });
    expect(await kindsFor(ws, editor.id)).toEqual(["submitted"]);
    expect(await kindsFor(ws, editor2.id)).toEqual(["submitted"]);
    expect(await kindsFor(ws, admin.id)).toEqual(["submitted"]);
    expect(await kindsFor(ws, marketer.id)).toEqual([]);
    expect(await kindsFor(ws, manager.id)).toEqual([]);
    const [submitted] = await listNotifications(await getDb(), { workspaceId: ws, userId: editor.id });
    expect(submitted).toMatchObject({ path: "/review", sentence: expect.stringContaining("submitted") });

    signInAs(editor.id);
    expect((await requestChangesAction({ workspaceId: ws, assetId, comment: "Shorter headline, please" }))?.data).toMatchObject({ state: "changes_requested" });
    expect(await kindsFor(ws, marketer.id)).toEqual(["changes_requested"]);
    expect(await kindsFor(ws, editor.id)).toEqual(["submitted"]);
    const [sentBack] = await listNotifications(await getDb(), { workspaceId: ws, userId: marketer.id });
    expect(sentBack).toMatchObject({ kind: "changes_requested", path: `/assets/${assetId}`, readAt: null, sentence: expect.stringContaining("Shorter headline, please") });
    expect((await listMyWork(await getDb(), { workspaceId: ws, userId: marketer.id, role: "marketer" })).sentBack.map((a) => a.id)).toEqual([assetId]);
    // One unread notification plus one asset sent back.
    expect(await countMyWork(await getDb(), { workspaceId: ws, userId: marketer.id, role: "marketer" })).toBe(2);

    signInAs(marketer.id);
    await submitAssetForReviewAction({ workspaceId: ws, assetId });
    expect((await listMyWork(await getDb(), { workspaceId: ws, userId: editor.id, role: "editor" })).toReview.map((a) => a.id)).toEqual([assetId]);
    // The author does not review their own work (four eyes): not in their review list.
    expect((await listMyWork(await getDb(), { workspaceId: ws, userId: marketer.id, role: "marketer" })).toReview).toEqual([]);
    signInAs(editor2.id);
    expect((await approveAssetAction({ workspaceId: ws, assetId }))?.data).toMatchObject({ state: "approved" });
    expect((await publishAssetAction({ workspaceId: ws, assetId }))?.data).toMatchObject({ state: "published" });
    expect(await kindsFor(ws, marketer.id)).toEqual(["approved", "changes_requested", "published"]);
    expect(await kindsFor(ws, editor2.id)).toEqual(["submitted", "submitted"]);
    expect((await listMyWork(await getDb(), { workspaceId: ws, userId: manager.id, role: "manager" })).published.map((a) => a.id)).toEqual([assetId]);
  });

  it("a refused step creates no notification (same transaction), and muted kinds are not created", async () => {
    const { workspace, editor, editor2, marketer, assetId } = await reviewWorkspace();
    const ws = workspace.id;
    signInAs(editor2.id);
    expect((await saveNotificationSettingsAction({ workspaceId: ws, emailImmediately: false, emailDailyDigest: false, mutedKinds: ["submitted"] }))?.data).toMatchObject({ mutedKinds: ["submitted"] });
    signInAs(marketer.id);
    await submitAssetForReviewAction({ workspaceId: ws, assetId });
    expect(await kindsFor(ws, editor.id)).toEqual(["submitted"]);
    expect(await kindsFor(ws, editor2.id)).toEqual([]);
    // Publishing an asset in review is refused: nothing is told.
    signInAs(editor.id);
    expect((await publishAssetAction({ workspaceId: ws, assetId }))?.serverError).toBeDefined();
    expect(await kindsFor(ws, marketer.id)).toEqual([]);
  });
});

describe("read and unread", () => {
  it("a member marks their own notifications read, one or all; another member's ids and another workspace change nothing", async () => {
    const { workspace, editor, editor2, marketer, assetId } = await reviewWorkspace();
    const ws = workspace.id;
    signInAs(marketer.id);
    await submitAssetForReviewAction({ workspaceId: ws, assetId });
    const db = await getDb();
    const [editorNote] = await listNotifications(db, { workspaceId: ws, userId: editor.id });
    const [editor2Note] = await listNotifications(db, { workspaceId: ws, userId: editor2.id });

    // Someone else's notification id: accepted, matched nothing.
    signInAs(editor.id);
    expect((await markNotificationsReadAction({ workspaceId: ws, ids: [editor2Note!.id] }))?.data).toEqual({ marked: 0 });
    expect(await countUnreadNotifications(db, { workspaceId: ws, userId: editor2.id })).toBe(1);
    expect((await markNotificationsReadAction({ workspaceId: ws, ids: [editorNote!.id] }))?.data).toEqual({ marked: 1 });
    expect(await countUnreadNotifications(db, { workspaceId: ws, userId: editor.id })).toBe(0);

    // Tenant scope: a workspace the caller is not in answers not_found.
    const other = await createTestWorkspace("Other");
    signInAs(editor2.id);
    expect((await markAllNotificationsReadAction({ workspaceId: other.id }))?.serverError).toMatchObject({ code: "not_found" });
    expect(await countUnreadNotifications(db, { workspaceId: ws, userId: editor2.id })).toBe(1);
    expect((await markAllNotificationsReadAction({ workspaceId: ws }))?.data).toEqual({ marked: 1 });
    expect(await countUnreadNotifications(db, { workspaceId: ws, userId: editor2.id })).toBe(0);
  });

  it("without a session nothing is marked", async () => {
    const { workspace } = await reviewWorkspace();
    signInAs(null);
    expect((await markAllNotificationsReadAction({ workspaceId: workspace.id }))?.serverError).toMatchObject({ code: "unauthorized" });
  });
});

describe("import finished and budget warnings", () => {
  it("tells the member who started the import, and the admins once per budget level and month", async () => {
    const { workspace, admin, editor, marketer } = await reviewWorkspace();
    const db = await getDb();
    await notifyImportFinished(db, { imported: { id: "kim_x", workspaceId: workspace.id, createdBy: editor.id, fileName: "ads.csv" }, status: "succeeded", rows: 12 });
    expect(await kindsFor(workspace.id, editor.id)).toEqual(["import_finished"]);
    expect((await listNotifications(db, { workspaceId: workspace.id, userId: editor.id }))[0]!.sentence).toContain("12 rows");

    const quiet = { month: "2026-05", warning: null, exhausted: null };
    const warned = { month: "2026-05", warning: "82 % of the monthly cost budget of $10.00 is spent.", exhausted: null };
    expect(await notifyBudgetCrossing(db, { workspaceId: workspace.id, before: quiet, after: warned })).toHaveLength(1);
    expect(await notifyBudgetCrossing(db, { workspaceId: workspace.id, before: warned, after: warned })).toEqual([]);
    // Another instance projecting the same crossing: still one.
    expect(await notifyBudgetCrossing(db, { workspaceId: workspace.id, before: quiet, after: warned })).toEqual([]);
    expect(await kindsFor(workspace.id, admin.id)).toEqual(["budget_warning"]);
    expect(await kindsFor(workspace.id, marketer.id)).toEqual([]);
  });
});

describe("mail", () => {
  it("immediate mail only to members who asked, with a link from NEXTAUTH_URL; the digest mails each unread notification once", async () => {
    const { workspace, editor, editor2, admin, marketer, assetId } = await reviewWorkspace();
    const ws = workspace.id;
    const db = await getDb();
    signInAs(editor.id);
    await saveNotificationSettingsAction({ workspaceId: ws, emailImmediately: true, emailDailyDigest: false, mutedKinds: [] });
    signInAs(editor2.id);
    await saveNotificationSettingsAction({ workspaceId: ws, emailImmediately: false, emailDailyDigest: true, mutedKinds: [] });
    signInAs(marketer.id);
    await submitAssetForReviewAction({ workspaceId: ws, assetId });
    const ids = (await db.select({ id: notifications.id }).from(notifications).where(eq(notifications.workspaceId, ws))).map((r) => r.id);

    // Without SMTP and the public address nothing is mailed.
    expect(await mailNotificationsNow(db, ids)).toBe(0);
    expect(await sendDailyDigests(db)).toEqual({ members: 0, notifications: 0 });

    config.SMTP_URL = smtp.url;
    config.NEXTAUTH_URL = "https://brandpilot.example";
    expect(await mailNotificationsNow(db, ids)).toBe(1);
    const immediate = await smtp.waitForMessage(editor.email);
    expect(immediate.text).toContain(`https://brandpilot.example/${workspace.slug}/review`);
    // Mailed once: a second call finds it emailed.
    expect(await mailNotificationsNow(db, ids)).toBe(0);

    const digest = await sendDailyDigests(db);
    expect(digest.members).toBeGreaterThanOrEqual(1);
    const mail = await smtp.waitForMessage(editor2.email);
    expect(mail.subject).toContain("1 unread notification");
    expect(mail.text).toContain("submitted");
    await sendDailyDigests(db);
    expect(smtp.messages.filter((m) => m.to.includes(editor2.email))).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to.includes(admin.email))).toHaveLength(0);
  });
});
