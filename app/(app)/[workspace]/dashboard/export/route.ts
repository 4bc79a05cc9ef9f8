import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { dashboardFiltersSchema } from "@/lib/kpi/dashboard/filters";
import { buildExportTable, EXPORT_TABLES, kpiTableToCsv } from "@/lib/kpi/export/export-table";

/** CSV export of any dashboard table, for the view in the query string (the page's own URL state). */
export const GET = defineRouteHandler({
  name: "kpi.export",
  permission: "kpi:read",
  input: workspaceScopedInput.extend({
    ...dashboardFiltersSchema.shape,
    table: z.enum(EXPORT_TABLES, { error: `table must be one of ${EXPORT_TABLES.join(", ")}` }),
    importId: z.string().min(1).max(64).optional(),
  }),
  async handler({ input, ctx }) {
    const { workspaceId, table, importId, ...filters } = input;
    const built = await buildExportTable(ctx.db, { workspaceId, table, filters, importId });
    return new Response(kpiTableToCsv(built.table), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${built.fileName}"`,
        "cache-control": "no-store",
      },
    });
  },
});
