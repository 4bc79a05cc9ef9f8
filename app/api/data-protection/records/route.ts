import { z } from "zod";
import { appendAuditEntry } from "@/lib/audit/append";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { processingRecordsCsv, processingRecordsJson } from "@/lib/data-protection/processing-records/export";
import { listProcessingRecords } from "@/lib/data-protection/processing-records/records";

/** The records of processing (which models and webhook endpoints received data) as CSV or JSON, for the DPO. */
export const GET = defineRouteHandler({
  name: "processing.export_records",
  permission: "data_protection:manage",
  input: workspaceScopedInput.extend({ format: z.enum(["csv", "json"]).default("csv") }),
  async handler({ input, ctx }) {
    const records = await listProcessingRecords(ctx.db, { workspaceId: input.workspaceId });
    const generatedAt = new Date();
    // A download leaves the server with a list of the workspace's processors: audited like a change.
    await appendAuditEntry(ctx.db, {
      workspaceId: input.workspaceId,
      actorUserId: ctx.actor.id,
      action: "processing.export_records",
      targetType: "workspace",
      targetId: input.workspaceId,
      outcome: "success",
      detail: { format: input.format, recipients: records.length },
    });
    const name = `records-of-processing-${ctx.membership.slug}-${generatedAt.toISOString().slice(0, 10)}`;
    const body = input.format === "json" ? processingRecordsJson(records, { workspaceSlug: ctx.membership.slug, generatedAt }) : processingRecordsCsv(records);
    return new Response(body, {
      headers: {
        "content-type": input.format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.${input.format}"`,
        "cache-control": "no-store",
      },
    });
  },
});
