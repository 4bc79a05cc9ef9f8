"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { ROLES } from "@/lib/authz/roles";
import { createInvitation, resendInvitation, type IssuedInvitation } from "@/lib/invitations/issue";
import { resolveInvitationLinkSettings } from "@/lib/invitations/link-base-url";
import { revokeInvitation } from "@/lib/invitations/revoke";
import type { AuditRecorder } from "@/lib/authz/audit-recorder";

const roleSchema = z.enum(ROLES, { error: "validation.members.roleMustBeOne" });
const invitationIdSchema = z.string().min(1).max(64);

/** What the audit log keeps of an issued invitation: who, which role, how the link travelled. Never the link. */
function auditIssued(audit: AuditRecorder, issued: IssuedInvitation) {
  audit.target("invitation", issued.invitation.id);
  audit.detail({
    email: issued.invitation.email,
    role: issued.invitation.role,
    resent: issued.resent,
    sendCount: issued.invitation.sendCount,
    delivery: issued.delivery,
    expiresAt: issued.invitation.expiresAt.toISOString(),
  });
}

export const createInvitationAction = defineAction({
  name: "invitations.create",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({
    email: z.string().trim().toLowerCase().pipe(z.email({ error: "validation.admin.enterValidEmailAddress" })),
    role: roleSchema,
  }),
  async handler({ input, ctx }) {
    const issued = await createInvitation(ctx.db, {
      workspaceId: input.workspaceId,
      email: input.email,
      role: input.role,
      invitedByUserId: ctx.actor.id,
      ...(await resolveInvitationLinkSettings()),
    });
    auditIssued(ctx.audit, issued);
    return issued;
  },
});

export const resendInvitationAction = defineAction({
  name: "invitations.resend",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ invitationId: invitationIdSchema }),
  async handler({ input, ctx }) {
    ctx.audit.target("invitation", input.invitationId);
    const issued = await resendInvitation(ctx.db, { ...input, ...(await resolveInvitationLinkSettings()) });
    auditIssued(ctx.audit, issued);
    return issued;
  },
});

export const revokeInvitationAction = defineAction({
  name: "invitations.revoke",
  permission: "members:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ invitationId: invitationIdSchema }),
  async handler({ input, ctx }) {
    ctx.audit.target("invitation", input.invitationId);
    const revoked = await revokeInvitation(ctx.db, input);
    ctx.audit.detail({ email: revoked.email, role: revoked.role });
    return revoked;
  },
});
