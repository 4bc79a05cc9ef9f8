import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { webhookEndpoints } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { getAllowPrivateNetworks } from "@/lib/workspaces/network-settings";
import { webhookUrlProblem } from "./endpoint-url";
import { DEFAULT_WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./events";

/** What the settings page may show: never the secret itself. */
export type WebhookView = { url: string; isEnabled: boolean; events: WebhookEventType[]; secretHint: string; updatedAt: Date } | null;

export async function getWebhookView(db: Database, workspaceId: string): Promise<WebhookView> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId));
  return row ? { url: row.url, isEnabled: row.isEnabled, events: knownEvents(row.events), secretHint: `…${row.secret.slice(-4)}`, updatedAt: row.updatedAt } : null;
}

/**
 * Saves the endpoint. A new endpoint, or `rotateSecret`, gets a fresh random secret, returned
 * once so the admin can put it into the CMS; afterwards only its last four characters are shown.
 */
export async function saveWebhook(
  db: Database,
  options: {
    workspaceId: string;
    userId: string;
    url: string;
    isEnabled: boolean;
    rotateSecret: boolean;
    /** The events to send; left out, a new endpoint gets the default and an existing one keeps its choice. */
    events?: readonly WebhookEventType[];
  },
): Promise<{ newSecret: string | null }> {
  const problem = webhookUrlProblem(options.url, { allowPrivateNetworks: await webhookMayReachPrivateNetworks(db, options.workspaceId) });
  if (problem) throw new AppError("invalid_input", problem);
  if (options.events && options.events.length === 0) throw new AppError("invalid_input", { key: "webhooks.chooseAtLeastOne" });
  const [existing] = await db.select({ secret: webhookEndpoints.secret }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, options.workspaceId));
  const newSecret = !existing || options.rotateSecret ? `whsec_${randomBytes(24).toString("base64url")}` : null;
  const events = options.events ? WEBHOOK_EVENT_TYPES.filter((event) => options.events!.includes(event)) : undefined;
  const values = { url: options.url, isEnabled: options.isEnabled, secret: newSecret ?? existing!.secret, ...(events ? { events } : {}), updatedBy: options.userId, updatedAt: new Date() };
  await db.insert(webhookEndpoints).values({ workspaceId: options.workspaceId, events: [...DEFAULT_WEBHOOK_EVENTS], ...values }).onConflictDoUpdate({ target: webhookEndpoints.workspaceId, set: values });
  return { newSecret };
}

/**
 * The workspace's "allow private networks" setting. WEBHOOK_ALLOW_PRIVATE_NETWORKS, the
 * instance-wide switch from before the setting existed, still allows them for webhooks so an
 * upgrade does not cut off a CMS on the local network; it is deprecated in favour of the setting.
 */
export async function webhookMayReachPrivateNetworks(db: Database, workspaceId: string): Promise<boolean> {
  // OUTBOUND_PRIVATE_NETWORKS=never bounds the old switch too (the outbound client would refuse anyway; saying so
  // here also keeps the local-name check when the URL is saved).
  if (env.outboundPrivateNetworks.mode === "never") return false;
  return env.WEBHOOK_ALLOW_PRIVATE_NETWORKS || (await getAllowPrivateNetworks(db, workspaceId));
}

/** Event names stored by an older or newer release that this one does not know are not shown as chosen. */
function knownEvents(stored: string[]): WebhookEventType[] {
  return WEBHOOK_EVENT_TYPES.filter((event) => stored.includes(event));
}
