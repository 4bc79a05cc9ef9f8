import Link from "next/link";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetState } from "@/lib/review/workflow";
import { CHANNEL_LABELS } from "@/components/generate/channels";
import { formatDateTime } from "./format-time";
import { StateBadge } from "./state-badge";

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

const CELL = "px-3 py-2 align-top";

export function AssetsTable({ rows, workspacePath }: { rows: LibraryRow[]; workspacePath: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="assets-table">
        <caption className="sr-only">Assets, most recently changed first</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {["Asset", "State", "Channel", "Product", "Author", "Updated", "Versions"].map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 font-medium">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100" data-testid={`asset-row-${row.id}`}>
              <td className={CELL}>
                <Link href={`${workspacePath}/assets/${row.id}`} className="font-medium text-brand-700 underline">
                  {row.title}
                </Link>
              </td>
              <td className={CELL}>
                <StateBadge state={row.state} />
              </td>
              <td className={CELL}>{CHANNEL_LABELS[row.kind]}</td>
              <td className={CELL}>{row.productTitle ?? "—"}</td>
              <td className={CELL}>{row.authorName}</td>
              <td className={`${CELL} whitespace-nowrap`}>{formatDateTime(row.updatedAt)}</td>
              <td className={`${CELL} whitespace-nowrap`}>
                current v{row.currentVersion}
                {row.publishedVersion !== null ? (
                  <>
                    {" · "}
                    <Link href={`${workspacePath}/assets/${row.id}?version=${row.publishedVersion}`} className="text-brand-700 underline">
                      published v{row.publishedVersion}
                    </Link>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
