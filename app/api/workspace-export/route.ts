import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { openWorkspaceExportDownload } from "@/lib/data-protection/export/download-export";

/**
 * The download of a workspace export (a ZIP streamed as it is written; see the export page).
 * A plain GET link, so the browser streams it to disk. Each export downloads once.
 */
export const GET = defineRouteHandler({
  name: "workspace.export_download",
  permission: "workspace:export",
  input: workspaceScopedInput.extend({ exportId: z.string().min(1).max(64) }),
  async handler({ input, ctx }) {
    const body = await openWorkspaceExportDownload(ctx.db, {
      workspaceId: input.workspaceId,
      exportId: input.exportId,
      actor: { id: ctx.actor.id, email: ctx.actor.email },
    });
    return new Response(body, {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="brandpilot-${ctx.membership.slug}-${input.exportId}.zip"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
});
