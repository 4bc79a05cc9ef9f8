import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { workspaceRoutingSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { QUALITY_TIERS } from "../catalog";
import { TASKS } from "./policy";
import { forgetRoutingSettings } from "../router";

/** What an admin may override per task. Anything else stays the default. */
export const policyOverrideSchema = z.object({
  minQuality: z.enum(QUALITY_TIERS).optional(),
  maxCostPerCallUsd: z.number().positive().max(100).optional(),
  maxLatency: z.enum(["fast", "medium", "slow"]).optional(),
  preferred: z.array(z.string().regex(/^[a-z][a-z0-9-]*:.+$/, "validation.ai.modelIdsLookLike")).max(20).optional(),
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
