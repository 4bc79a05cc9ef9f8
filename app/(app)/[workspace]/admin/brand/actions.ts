"use server";

import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { BrandSettingsInputSchema, saveBrandSettings } from "@/lib/assets/brand/brand-settings";

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
      languages: input.languages,
    });
    await saveBrandSettings(ctx.db, { ...input, userId: ctx.actor.id });
    return { saved: true };
  },
});
