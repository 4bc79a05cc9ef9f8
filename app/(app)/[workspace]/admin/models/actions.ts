"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { configuredProviders } from "@/lib/ai/registry";
import { circuitBreaker, loadRoutingSettings, ROUTING_CATALOG } from "@/lib/ai/router";
import { setBudget } from "@/lib/ai/routing/budget";
import { decideRoute, DEFAULT_POLICIES, TASKS, type RoutingPolicy } from "@/lib/ai/routing/policy";
import { routingSettingsSchema, saveRoutingSettings } from "@/lib/ai/routing/settings";
import { env } from "@/lib/env";

export const updateRoutingSettingsAction = defineAction({
  name: "routing.update_settings",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend(routingSettingsSchema.shape),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ residency: input.residency, tasks: Object.keys(input.policyOverrides) });
    await saveRoutingSettings(ctx.db, input);
    return { saved: true };
  },
});

export const setBudgetAction = defineAction({
  name: "routing.set_budget",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({
    monthlyCostLimitUsd: z.number().positive("validation.admin.enterAmountAbove0").max(1_000_000).nullable(),
    monthlyTokenLimit: z.number().int().positive().max(1e12).nullable(),
  }),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({ monthlyCostLimitUsd: input.monthlyCostLimitUsd, monthlyTokenLimit: input.monthlyTokenLimit });
    await setBudget(ctx.db, input);
    return { saved: true };
  },
});

/** Shows what the router would decide for a sample request, with every model's reason. Changes nothing. */
export const dryRunRoutingAction = defineAction({
  name: "routing.dry_run",
  permission: "settings:manage",
  mutates: false,
  input: workspaceScopedInput.extend({
    task: z.enum(TASKS),
    estimatedInputTokens: z.number().int().min(0).max(2_000_000),
    estimatedOutputTokens: z.number().int().min(0).max(200_000),
    containsUnredactedPersonalData: z.boolean(),
    usesConfidentialContext: z.boolean(),
  }),
  async handler({ input, ctx }) {
    const { settings, overrides } = await loadRoutingSettings(ctx.db, input.workspaceId);
    const policy: RoutingPolicy = { ...DEFAULT_POLICIES[input.task], ...(overrides[input.task] ?? {}) };
    const decision = decideRoute({
      task: input.task,
      policy,
      request: input,
      settings,
      catalog: ROUTING_CATALOG,
      configuredProviders: configuredProviders(env),
      isCircuitOpen: (id) => circuitBreaker.state(id) === "open",
    });
    return { policy, settings, chosen: decision.candidates[0]?.id ?? null, reasons: decision.reasons };
  },
});
