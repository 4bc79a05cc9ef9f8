"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { ROLES } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

const roleSchema = z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}` });

export const changeMemberRoleAction = defineAction({
  name: "members.change_role",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ userId: z.string().min(1).max(64), role: roleSchema }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", input.userId);
    const result = await changeMemberRole(ctx.db, input);
    ctx.audit.detail({ from: result.previousRole, to: result.role });
    return result;
  },
});

export const removeMemberAction = defineAction({
  name: "members.remove",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ userId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", input.userId);
    if (input.userId === ctx.actor.id) {
      throw new AppError("conflict", "You cannot remove yourself; ask another admin.");
    }
    const result = await removeMember(ctx.db, input);
    ctx.audit.detail({ previousRole: result.previousRole });
    return result;
  },
});
