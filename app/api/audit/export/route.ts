import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { listAuditEntries } from "@/lib/audit/list";
import { toCsv } from "@/lib/audit/csv";
import { mergedAuditDetail } from "@/lib/audit/personal-detail";

const MAX_EXPORT_ROWS = 10_000;

/** CSV export of the audit log with the viewer's filters (newest first, up to 10,000 rows). */
export const GET = defineRouteHandler({
  name: "audit.export",
  permission: "audit:read",
  input: workspaceScopedInput.extend(auditFiltersSchema.omit({ before: true }).shape),
  async handler({ input, ctx }) {
    const { workspaceId, ...filters } = input;
    const { entries } = await listAuditEntries(ctx.db, { workspaceId, filters, limit: MAX_EXPORT_ROWS });
    const csv = toCsv(
      ["time", "actor", "action", "target_type", "target_id", "outcome", "detail", "chain_seq", "hash"],
      entries.map((e) => [
        e.createdAt.toISOString(),
        e.actorLabel ?? e.actorUserId ?? "",
        e.action,
        e.targetType ?? "",
        e.targetId ?? "",
        e.outcome,
        // Personal fields sit in their own column (erasable); readers get one detail, as before.
        JSON.stringify(mergedAuditDetail(e)),
        String(e.chainSeq),
        e.hash,
      ]),
    );
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-${workspaceId}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
});
