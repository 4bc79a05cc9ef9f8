"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { createWorkspaceExport, getWorkspaceExport } from "@/lib/data-protection/export/export-records";

/** Starts an export: a pending row the download link then streams (the wrapper audits "workspace.export"). */
export const startWorkspaceExportAction = defineAction({
  name: "workspace.export",
  permission: "workspace:export",
  mutates: true,
  input: workspaceScopedInput,
  async handler({ input, ctx }) {
    const created = await createWorkspaceExport(ctx.db, { workspaceId: input.workspaceId, requestedBy: ctx.actor.id });
    ctx.audit.target("workspace_export", created.id);
    return { exportId: created.id };
  },
});

/** Polled by the export page while the download runs. */
export const getWorkspaceExportProgressAction = defineAction({
  name: "workspace.export_progress",
  permission: "workspace:export",
  mutates: false,
  input: workspaceScopedInput.extend({ exportId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    const progress = await getWorkspaceExport(ctx.db, { workspaceId: input.workspaceId, exportId: input.exportId });
    return { ...progress, createdAt: progress.createdAt.toISOString(), finishedAt: progress.finishedAt?.toISOString() ?? null };
  },
});
