"use server";

import { z } from "zod";
import { defineAccountAction, definePublicAction } from "@/lib/authz/define-action";
import type { AuditRecorder } from "@/lib/authz/audit-recorder";
import { LINK_TOKEN_PATTERN } from "@/lib/auth/tokens";
import { acceptInvitationAsNewAccount, acceptInvitationAsSignedIn } from "@/lib/invitations/accept";
import type { InvitationForToken } from "@/lib/invitations/queries";

// The token is the secret of a public action: validated by shape only, never echoed in errors or the audit log.
const tokenSchema = z.string().regex(LINK_TOKEN_PATTERN, { error: "validation.invite.invitationLinkNotValid" });

/** Files the entry (success or refusal) in the chain of the workspace the invitation is for. */
const fileUnder = (audit: AuditRecorder) => (invitation: InvitationForToken) => {
  audit.workspace(invitation.workspaceId);
  audit.target("invitation", invitation.id);
  audit.detail({ email: invitation.email, role: invitation.role });
};

export const acceptInvitationNewAccountAction = definePublicAction({
  name: "invitations.accept_new_account",
  mutates: true,
  input: z.object({
    token: tokenSchema,
    name: z.string().trim().min(1, { error: "validation.invite.enterName" }).max(120, { error: "validation.invite.useAtMost120" }),
    password: z.string().min(1, { error: "validation.invite.choosePassword" }).max(256, { error: "validation.invite.useAtMost256" }),
  }),
  async handler({ input, ctx }) {
    const accepted = await acceptInvitationAsNewAccount(ctx.db, { ...input, onInvitationFound: fileUnder(ctx.audit) });
    // The new account is who acted: the caller had no session, the link proved who they are.
    ctx.audit.actor(accepted.userId, accepted.email);
    ctx.audit.detail({ account: "created", userId: accepted.userId });
    // The new member's own workspace: the page signs them in and opens it.
    return { email: accepted.email, workspaceSlug: accepted.workspaceSlug };
  },
});

export const acceptInvitationAsSignedInAction = defineAccountAction({
  name: "invitations.accept_as_signed_in",
  mutates: true,
  input: z.object({ token: tokenSchema }),
  async handler({ input, ctx }) {
    const accepted = await acceptInvitationAsSignedIn(ctx.db, {
      token: input.token,
      userId: ctx.actor.id,
      userEmail: ctx.actor.email,
      onInvitationFound: fileUnder(ctx.audit),
    });
    ctx.audit.detail({ account: "existing", userId: accepted.userId });
    return { workspaceSlug: accepted.workspaceSlug };
  },
});
