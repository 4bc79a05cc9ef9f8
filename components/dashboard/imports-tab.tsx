import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { listImports } from "@/lib/kpi/queries/imports";
import { ImportHistory } from "./import-history";
import { ImportPanel } from "./import-panel";

/** The imports tab: the upload form (for those who may import) and the recent imports. */
export async function ImportsTab({
  workspaceId,
  canImport,
  exportHref,
  errorsExportHref,
}: {
  workspaceId: string;
  canImport: boolean;
  exportHref: string;
  errorsExportHref: (importId: string) => string;
}) {
  const t = await getTranslations("dashboard.imports");
  const items = await listImports(await getDb(), { workspaceId, limit: 20 });
  return (
    <div className="space-y-6">
      {canImport ? (
        <ImportPanel workspaceId={workspaceId} />
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">{t("noPermission")}</p>
      )}
      <ImportHistory items={items} exportHref={exportHref} errorsExportHref={errorsExportHref} />
    </div>
  );
}
