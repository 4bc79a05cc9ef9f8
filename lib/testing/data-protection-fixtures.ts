import { appendAuditEntry } from "@/lib/audit/append";
import { getDb } from "@/lib/db/client";
import { invitations, modelCalls, webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints, workspaceExports, workspaceRetention } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { addComment } from "@/lib/review/comments";
import { createGeneratedDraft, setUpBrand } from "./asset-fixtures";
import { addTestMembership, createTestUser } from "./fixtures";
import { addTextSource } from "./knowledge-fixtures";
import { googleAdsCsv, importTextForTest } from "./kpi/fixtures";

/**
 * A workspace with rows in as many tables as the app's own functions fill: an ingested knowledge
 * base with products (chunks, postings), a pending upload (raw bytes kept), brand settings, a
 * generated asset with a comment, a KPI import, webhook endpoint and deliveries, model calls,
 * an invitation, retention settings and audit entries. Returns the secrets it planted so tests
 * can prove they never leave the database.
 */
export async function seedWorkspaceWithData(workspaceId: string, options: { label: string }) {
  const db = await getDb();
  const admin = await createTestUser({ email: `admin-${options.label}-${createId("user").slice(4, 12)}@test.example`, password: "Quartz-lantern-Meadow-9147-orbit" });
  await addTestMembership(workspaceId, admin.id, "admin");
  const { fjellId } = await setUpBrand(workspaceId);
  const pending = await addTextSource(workspaceId, `# Pending upload ${options.label}\n\nStill queued, so its bytes are stored.`, { fileName: `notes-${options.label}.md` });
  const { assetId } = await createGeneratedDraft({ workspaceId, authorId: admin.id, productSourceId: fjellId });
  await addComment(db, { workspaceId, assetId, authorId: admin.id, fieldPath: null, body: `Looks good (${options.label})` });
  await importTextForTest(
    workspaceId,
    googleAdsCsv([
      ["2026-11-01", "Winter", "Jackets", "111", 1000, 50, 2, "40.00", "300.00", "https://nordlicht.example/p/fjell"],
      ["2026-11-02", "Winter", "Jackets", "111", 800, 30, 1, "25.00", "150.00", "https://nordlicht.example/p/fjell"],
    ]),
    { actorId: admin.id },
  );
  const webhookSecret = `whsec_${createId("job").slice(4)}${options.label}`;
  await db.insert(webhookEndpoints).values({ workspaceId, url: "https://cms.example/hook", secret: webhookSecret, updatedBy: admin.id });
  const deliveryId = createId("webhookDelivery");
  await db.insert(webhookDeliveries).values({ id: deliveryId, workspaceId, assetId, version: 1, event: "asset.published", status: "delivered", attempts: 1 });
  await db.insert(webhookDeliveryAttempts).values({ id: createId("webhookAttempt"), deliveryId, workspaceId, statusCode: 200, durationMs: 12 });
  await db.insert(modelCalls).values({ id: createId("modelCall"), workspaceId, userId: admin.id, task: "generate-asset", chosenModel: "local:extractive", reasons: [], attempts: [], latencyMs: 5 });
  await db.insert(invitations).values({ id: createId("invitation"), workspaceId, email: `invitee-${options.label}@test.example`, role: "marketer", tokenHash: `tokenhash-${options.label}`, expiresAt: new Date(Date.now() + 86_400_000) } as typeof invitations.$inferInsert);
  await db.insert(workspaceRetention).values({ workspaceId, modelCallsDays: 90 }).onConflictDoNothing();
  await db.insert(workspaceExports).values({ id: createId("workspaceExport"), workspaceId, requestedBy: admin.id, status: "done" });
  for (const action of ["test.seeded", "test.commented"]) {
    await appendAuditEntry(db, { workspaceId, actorUserId: admin.id, actorLabel: admin.email, action, outcome: "success", detail: { label: options.label } });
  }
  return { admin, assetId, pendingSourceId: pending.sourceId, webhookSecret, invitationTokenHash: `tokenhash-${options.label}` };
}
