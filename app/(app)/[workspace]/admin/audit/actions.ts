"use server";

import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { verifyAuditChain } from "@/lib/audit/verify";

export const verifyAuditChainAction = defineAction({
  name: "audit.verify",
  permission: "audit:read",
  mutates: false,
  input: workspaceScopedInput,
  async handler({ input, ctx }) {
    return verifyAuditChain(ctx.db, { workspaceId: input.workspaceId });
  },
});
