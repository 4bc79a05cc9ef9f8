"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { issueResetLink } from "@/lib/account/issue-reset-link";
import { getAccountSettings } from "@/lib/account/settings";

export const issueResetLinkAction = defineAction({
  name: "members.issue_reset_link",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ userId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    const result = await issueResetLink(ctx.db, {
      workspaceId: input.workspaceId,
      issuer: ctx.actor,
      targetUserId: input.userId,
      settings: getAccountSettings(),
      audit: ctx.audit,
    });
    // A mailed link is never returned: only the member's mailbox has it.
    return result.emailed
      ? { emailed: true as const, email: result.email, expiresAt: result.expiresAt.toISOString() }
      : { emailed: false as const, email: result.email, expiresAt: result.expiresAt.toISOString(), path: result.path };
  },
});
