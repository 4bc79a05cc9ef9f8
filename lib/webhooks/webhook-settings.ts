import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { webhookEndpoints } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { checkWebhookUrl } from "./endpoint-url";

/** What the settings page may show: never the secret itself. */
export type WebhookView = { url: string; isEnabled: boolean; secretHint: string; updatedAt: Date } | null;

export async function getWebhookView(db: Database, workspaceId: string): Promise<WebhookView> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId));
  return row ? { url: row.url, isEnabled: row.isEnabled, secretHint: `…${row.secret.slice(-4)}`, updatedAt: row.updatedAt } : null;
}

/**
 * Saves the endpoint. A new endpoint, or `rotateSecret`, gets a fresh random secret, returned
 * once so the admin can put it into the CMS; afterwards only its last four characters are shown.
 */
export async function saveWebhook(
  db: Database,
  options: { workspaceId: string; userId: string; url: string; isEnabled: boolean; rotateSecret: boolean; allowPrivateNetworks?: boolean },
): Promise<{ newSecret: string | null }> {
  const problem = checkWebhookUrl(options.url, { allowPrivateNetworks: options.allowPrivateNetworks ?? env.WEBHOOK_ALLOW_PRIVATE_NETWORKS });
  if (problem) throw new AppError("invalid_input", problem);
  const [existing] = await db.select({ secret: webhookEndpoints.secret }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, options.workspaceId));
  const newSecret = !existing || options.rotateSecret ? `whsec_${randomBytes(24).toString("base64url")}` : null;
  const values = { url: options.url, isEnabled: options.isEnabled, secret: newSecret ?? existing!.secret, updatedBy: options.userId, updatedAt: new Date() };
  await db.insert(webhookEndpoints).values({ workspaceId: options.workspaceId, ...values }).onConflictDoUpdate({ target: webhookEndpoints.workspaceId, set: values });
  return { newSecret };
}
