import Link from "next/link";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetState } from "@/lib/review/workflow";
import { ASSET_KIND_LABELS } from "@/components/generate/asset-kinds";
import { formatDateTime } from "./format-time";
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
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Assets (scrolls sideways)" tabIndex={0}>
      <Table caption="Assets, most recently changed first" data-testid="assets-table">
        <TableHead>
            {["Asset", "State", "Channel", "Product", "Author", "Updated", "Versions"].map((heading) => (
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
              <TableCell className={CELL}>{ASSET_KIND_LABELS[row.kind]}</TableCell>
              <TableCell className={CELL}>{row.productTitle ?? "—"}</TableCell>
              <TableCell className={CELL}>{row.authorName}</TableCell>
              <TableCell className={`${CELL} whitespace-nowrap`}>{formatDateTime(row.updatedAt)}</TableCell>
              <TableCell className={`${CELL} whitespace-nowrap`}>
                current v{row.currentVersion}
                {row.publishedVersion !== null ? (
                  <>
                    {" · "}
                    <Link href={`${workspacePath}/assets/${row.id}?version=${row.publishedVersion}`} className="text-brand-700 underline">
                      published v{row.publishedVersion}
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
