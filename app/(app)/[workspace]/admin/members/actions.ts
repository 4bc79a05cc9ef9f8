"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { ROLES } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { describeErasureForAudit, ERASURE_AUDIT_ACTION } from "@/lib/data-protection/erasure/audit-detail";
import { erasePersonalData } from "@/lib/data-protection/erasure/erase-personal-data";
import { removeMemberAndErase } from "@/lib/data-protection/erasure/remove-and-erase";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

const roleSchema = z.enum(ROLES, { error: "validation.members.roleMustBeOne" });
const userIdSchema = z.string().min(1).max(64);

export const changeMemberRoleAction = defineAction({
  name: "members.change_role",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ userId: userIdSchema, role: roleSchema }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", input.userId);
    const { revokedTokenIds, ...result } = await changeMemberRole(ctx.db, { ...input, revokedByUserId: ctx.actor.id });
    ctx.audit.detail({ from: result.previousRole, to: result.role, revokedTokenIds });
    return result;
  },
});

export const removeMemberAction = defineAction({
  name: "members.remove",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ userId: userIdSchema, erasePersonalData: z.boolean().default(false) }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", input.userId);
    if (input.userId === ctx.actor.id) {
      throw new AppError("conflict", { key: "members.cannotRemoveYourselfAsk" });
    }
    if (!input.erasePersonalData) {
      const result = await removeMember(ctx.db, { ...input, revokedByUserId: ctx.actor.id });
      ctx.audit.detail({ previousRole: result.previousRole, revokedTokenIds: result.revokedTokenIds });
      return { userId: input.userId, previousRole: result.previousRole, erasure: null };
    }
    const result = await removeMemberAndErase(ctx.db, { workspaceId: input.workspaceId, userId: input.userId, erasedBy: ctx.actor });
    ctx.audit.detail({ previousRole: result.previousRole, erased: true, revokedTokenIds: result.revokedTokenIds });
    return { userId: input.userId, previousRole: result.previousRole, erasure: result.erasure };
  },
});

/** "Erase personal data" of a former member (someone in the workspace's records without a membership). */
export const eraseFormerMemberAction = defineAction({
  name: ERASURE_AUDIT_ACTION,
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ userId: userIdSchema }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", input.userId);
    const report = await erasePersonalData(ctx.db, { workspaceId: input.workspaceId, userId: input.userId, erasedBy: ctx.actor.id });
    ctx.audit.detail(describeErasureForAudit(report));
    return report;
  },
});
