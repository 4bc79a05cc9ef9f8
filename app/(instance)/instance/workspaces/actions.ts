"use server";

import { z } from "zod";
import { defineInstanceAction } from "@/lib/authz/define-action";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { grantInstanceOwner, revokeInstanceOwner } from "@/lib/workspaces/instance-owners";
import { env } from "@/lib/env";
import {
  archiveWorkspace,
  cancelWorkspaceDeletion,
  renameWorkspace,
  requestWorkspaceDeletion,
  restoreWorkspace,
} from "@/lib/workspaces/manage-workspace";
import { workspaceNameSchema, workspaceSlugSchema } from "@/lib/workspaces/slug";

/*
 * Instance administration, for instance owners only (the wrapper checks users.is_instance_owner).
 * The workspace acted on is `targetWorkspaceId`, not `workspaceId`: that key means "the workspace I
 * act in as a member" everywhere else, and an instance owner need not be a member of it.
 * Workspace events go into the chain of the workspace they change.
 */
const targetWorkspace = z.object({ targetWorkspaceId: z.string().min(1).max(64) });

export const createWorkspaceAction = defineInstanceAction({
  name: "instance.workspace_create",
  mutates: true,
  input: z.object({ name: workspaceNameSchema, slug: workspaceSlugSchema }),
  async handler({ input, ctx }) {
    const workspace = await createWorkspace(ctx.db, { name: input.name, slug: input.slug, adminUserId: ctx.actor.id });
    ctx.audit.workspace(workspace.id);
    ctx.audit.target("workspace", workspace.id);
    ctx.audit.detail({ name: workspace.name, slug: workspace.slug, firstAdmin: ctx.actor.email });
    return workspace;
  },
});

export const renameWorkspaceAction = defineInstanceAction({
  name: "instance.workspace_rename",
  mutates: true,
  input: targetWorkspace.extend({ name: workspaceNameSchema }),
  async handler({ input, ctx }) {
    const result = await renameWorkspace(ctx.db, { workspaceId: input.targetWorkspaceId, name: input.name });
    ctx.audit.workspace(result.id);
    ctx.audit.target("workspace", result.id);
    ctx.audit.detail({ from: result.previousName, to: result.name });
    return result;
  },
});

export const archiveWorkspaceAction = defineInstanceAction({
  name: "instance.workspace_archive",
  mutates: true,
  input: targetWorkspace,
  async handler({ input, ctx }) {
    const result = await archiveWorkspace(ctx.db, { workspaceId: input.targetWorkspaceId });
    ctx.audit.workspace(result.id);
    ctx.audit.target("workspace", result.id);
    ctx.audit.detail({ name: result.name, slug: result.slug });
    return { id: result.id, name: result.name };
  },
});

export const restoreWorkspaceAction = defineInstanceAction({
  name: "instance.workspace_restore",
  mutates: true,
  input: targetWorkspace,
  async handler({ input, ctx }) {
    const result = await restoreWorkspace(ctx.db, { workspaceId: input.targetWorkspaceId });
    ctx.audit.workspace(result.id);
    ctx.audit.target("workspace", result.id);
    ctx.audit.detail({ name: result.name, slug: result.slug, archivedSince: result.archivedSince.toISOString() });
    return { id: result.id, name: result.name };
  },
});

// Deletion events go into the global chain, not the workspace's: that chain is deleted with the
// workspace, and the request must stay on record after it.
export const requestWorkspaceDeletionAction = defineInstanceAction({
  name: "instance.workspace_delete_request",
  mutates: true,
  input: targetWorkspace,
  async handler({ input, ctx }) {
    const result = await requestWorkspaceDeletion(ctx.db, {
      workspaceId: input.targetWorkspaceId,
      requestedBy: ctx.actor.id,
      graceDays: env.WORKSPACE_DELETION_GRACE_DAYS,
    });
    ctx.audit.target("workspace", result.id);
    ctx.audit.detail({ deletionDueAt: result.deletionDueAt.toISOString(), graceDays: env.WORKSPACE_DELETION_GRACE_DAYS });
    return { id: result.id, name: result.name, deletionDueAt: result.deletionDueAt.toISOString() };
  },
});

export const cancelWorkspaceDeletionAction = defineInstanceAction({
  name: "instance.workspace_delete_cancel",
  mutates: true,
  input: targetWorkspace,
  async handler({ input, ctx }) {
    const result = await cancelWorkspaceDeletion(ctx.db, { workspaceId: input.targetWorkspaceId });
    ctx.audit.target("workspace", result.id);
    ctx.audit.detail({ wasDueAt: result.deletionDueAt.toISOString() });
    return { id: result.id, name: result.name };
  },
});

export const grantInstanceOwnerAction = defineInstanceAction({
  name: "instance.owner_grant",
  mutates: true,
  input: z.object({ email: z.string().trim().toLowerCase().pipe(z.email({ error: "validation.instance.enterValidEmailAddress" })) }),
  async handler({ input, ctx }) {
    const result = await grantInstanceOwner(ctx.db, { email: input.email });
    ctx.audit.target("user", result.userId);
    ctx.audit.detail({ email: result.email });
    return result;
  },
});

export const revokeInstanceOwnerAction = defineInstanceAction({
  name: "instance.owner_revoke",
  mutates: true,
  input: z.object({ userId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    ctx.audit.target("user", input.userId);
    const result = await revokeInstanceOwner(ctx.db, { userId: input.userId });
    ctx.audit.detail({ email: result.email, self: result.userId === ctx.actor.id });
    return result;
  },
});
