"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { compareVersions, restoreVersion } from "@/lib/review/versions";

const assetInput = workspaceScopedInput.extend({ assetId: z.string().min(1).max(64) });

/** Field-by-field, word-level diff of two versions. Reads only. */
export const compareVersionsAction = defineAction({
  name: "assets.compare_versions",
  permission: "asset:read",
  mutates: false,
  input: assetInput.extend({ from: z.number().int().min(1), to: z.number().int().min(1) }),
  async handler({ input, ctx }) {
    return { diffs: await compareVersions(ctx.db, input) };
  },
});

/** An old version's content saved again as the newest version. */
export const restoreVersionAction = defineAction({
  name: "assets.restore_version",
  permission: "asset:edit",
  mutates: true,
  input: assetInput.extend({ version: z.number().int().min(1) }),
  async handler({ input, ctx }) {
    ctx.audit.target("asset", input.assetId);
    const result = await restoreVersion(ctx.db, { ...input, userId: ctx.actor.id, role: ctx.membership.role });
    ctx.audit.detail({ restored: input.version, newVersion: result.version });
    return result;
  },
});
