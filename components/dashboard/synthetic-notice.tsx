import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { hasSyntheticData } from "@/lib/kpi/queries/imports";

/** A notice when the workspace's campaign rows include the demo seed's synthetic data. */
export async function SyntheticNotice({ workspaceId }: { workspaceId: string }) {
  if (!(await hasSyntheticData(await getDb(), { workspaceId }))) return null;
  const t = await getTranslations("dashboard");
  return (
    <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status" data-testid="synthetic-notice">
      {t.rich("syntheticNotice", { strong: (chunks) => <strong>{chunks}</strong> })}
    </p>
  );
}
