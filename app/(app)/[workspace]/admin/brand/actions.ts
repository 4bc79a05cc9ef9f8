"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { BrandSettingsInputSchema, saveBrandSettings } from "@/lib/assets/brand/brand-settings";
import { acceptAllProposals, acceptProposals, proposeRulesForSource, rejectProposals } from "@/lib/brand-rules/proposals";

export const saveBrandSettingsAction = defineAction({
  name: "brand.save_settings",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend(BrandSettingsInputSchema.shape),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    ctx.audit.detail({
      bannedTerms: input.rules.bannedTerms.length,
      preferredTerms: input.rules.preferredTerms.length,
      requiredDisclaimers: input.rules.requiredDisclaimers.length,
      formatting: input.rules.formatting ?? null,
      hashtags: input.rules.hashtags?.length ?? 0,
      languages: input.languages,
      // The convention is small and every link depends on it: recorded whole when it was sent.
      ...(input.utmConvention !== undefined ? { utmConvention: input.utmConvention } : {}),
    });
    await saveBrandSettings(ctx.db, { ...input, userId: ctx.actor.id });
    return { saved: true };
  },
});

const proposalIds = z.array(z.string().min(1).max(64)).min(1).max(500);

export const proposeRulesAction = defineAction({
  name: "brand.propose_rules",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ sourceId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("knowledge_source", input.sourceId);
    const result = await proposeRulesForSource(ctx.db, { workspaceId: input.workspaceId, sourceId: input.sourceId, userId: ctx.actor.id });
    ctx.audit.detail(result);
    return result;
  },
});

export const acceptRuleProposalsAction = defineAction({
  name: "brand.accept_rule_proposals",
  permission: "settings:manage",
  mutates: true,
  // `rule` is the admin's edit; its shape depends on the proposal's type and is checked against
  // that type's schema in acceptProposals, which names the field that is wrong.
  input: workspaceScopedInput.extend({ decisions: z.array(z.object({ id: z.string().min(1).max(64), rule: z.record(z.string(), z.unknown()).optional() })).min(1).max(500) }),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    const result = await acceptProposals(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id, decisions: input.decisions });
    ctx.audit.detail({ ids: input.decisions.map((d) => d.id), edited: input.decisions.filter((d) => d.rule !== undefined).length, byType: result.byType });
    return result;
  },
});

export const acceptAllRuleProposalsAction = defineAction({
  name: "brand.accept_all_rule_proposals",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput,
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    const result = await acceptAllProposals(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id });
    ctx.audit.detail({ accepted: result.accepted, byType: result.byType });
    return result;
  },
});

export const rejectRuleProposalsAction = defineAction({
  name: "brand.reject_rule_proposals",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ ids: proposalIds }),
  async handler({ input, ctx }) {
    ctx.audit.target("workspace", input.workspaceId);
    const result = await rejectProposals(ctx.db, { workspaceId: input.workspaceId, userId: ctx.actor.id, ids: input.ids });
    ctx.audit.detail({ ids: input.ids });
    return result;
  },
});
