import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { workspaceRoutingSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { QUALITY_TIERS } from "../catalog";
import { TASKS } from "./policy";
import { forgetRoutingSettings } from "../router";
import { MAX_PAYLOAD_RETENTION_DAYS, purgeCallPayloads } from "../usage/call-payloads";

/** What an admin may override per task. Anything else stays the default. */
export const policyOverrideSchema = z.object({
  minQuality: z.enum(QUALITY_TIERS).optional(),
  maxCostPerCallUsd: z.number().positive().max(100).optional(),
  maxLatency: z.enum(["fast", "medium", "slow"]).optional(),
  preferred: z.array(z.string().regex(/^[a-z][a-z0-9-]*:.+$/, "Model ids look like provider:model")).max(20).optional(),
});

export const routingSettingsSchema = z.object({
  residency: z.enum(["any", "eu"]),
  policyOverrides: z.partialRecord(z.enum(TASKS), policyOverrideSchema),
});

export async function saveRoutingSettings(db: Database, options: { workspaceId: string } & z.output<typeof routingSettingsSchema>) {
  await db
    .insert(workspaceRoutingSettings)
    .values({ workspaceId: options.workspaceId, residency: options.residency, policyOverrides: options.policyOverrides })
    .onConflictDoUpdate({
      target: workspaceRoutingSettings.workspaceId,
      set: { residency: options.residency, policyOverrides: options.policyOverrides, updatedAt: sql`now()` },
    });
  forgetRoutingSettings(options.workspaceId);
}

export const payloadRetentionSchema = z.object({
  payloadRetentionDays: z.number().int("Whole days").min(0, "0 or more days").max(MAX_PAYLOAD_RETENTION_DAYS, `At most ${MAX_PAYLOAD_RETENTION_DAYS} days`),
});

/**
 * How long the text sent to providers is kept for the "what leaves" view (0 = not stored).
 * Shortening it drops what is now past it at once, not at the next call.
 */
export async function savePayloadRetention(db: Database, options: { workspaceId: string } & z.output<typeof payloadRetentionSchema>) {
  await db
    .insert(workspaceRoutingSettings)
    .values({ workspaceId: options.workspaceId, payloadRetentionDays: options.payloadRetentionDays })
    .onConflictDoUpdate({ target: workspaceRoutingSettings.workspaceId, set: { payloadRetentionDays: options.payloadRetentionDays, updatedAt: sql`now()` } });
  forgetRoutingSettings(options.workspaceId);
  await purgeCallPayloads(db, { workspaceId: options.workspaceId, retentionDays: options.payloadRetentionDays });
}
