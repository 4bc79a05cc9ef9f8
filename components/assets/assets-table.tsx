import Link from "next/link";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetState } from "@/lib/review/workflow";
import { useTranslations } from "next-intl";
import { useUtcDateTime } from "./use-utc-date-time";
import { StateBadge } from "./state-badge";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

export type LibraryRow = {
  id: string;
  title: string;
  kind: AssetKind;
  state: AssetState;
  productTitle: string | null;
  authorName: string;
  updatedAt: Date;
  currentVersion: number;
  publishedVersion: number | null;
};

const CELL = "align-top";

export function AssetsTable({ rows, workspacePath }: { rows: LibraryRow[]; workspacePath: string }) {
  const t = useTranslations("assets.table");
  const tKind = useTranslations("assets.kinds");
  const dateTime = useUtcDateTime();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("region")} tabIndex={0}>
      <Table caption={t("caption")} data-testid="assets-table">
        <TableHead>
            {[t("asset"), t("state"), t("channel"), t("product"), t("author"), t("updated"), t("versions")].map((heading) => (
              <HeaderCell key={heading}>
                {heading}
              </HeaderCell>
            ))}
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid={`asset-row-${row.id}`}>
              <TableCell className={CELL}>
                <Link href={`${workspacePath}/assets/${row.id}`} className="font-medium text-brand-700 underline">
                  {row.title}
                </Link>
              </TableCell>
              <TableCell className={CELL}>
                <StateBadge state={row.state} />
              </TableCell>
              <TableCell className={CELL}>{tKind(row.kind)}</TableCell>
              <TableCell className={CELL}>{row.productTitle ?? "—"}</TableCell>
              <TableCell className={CELL}>{row.authorName}</TableCell>
              <TableCell className={`${CELL} whitespace-nowrap`}>{dateTime(row.updatedAt)}</TableCell>
              <TableCell className={`${CELL} whitespace-nowrap`}>
                {t("currentVersion", { version: row.currentVersion })}
                {row.publishedVersion !== null ? (
                  <>
                    {" · "}
                    <Link href={`${workspacePath}/assets/${row.id}?version=${row.publishedVersion}`} className="text-brand-700 underline">
                      {t("publishedVersion", { version: row.publishedVersion })}
                    </Link>
                  </>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
