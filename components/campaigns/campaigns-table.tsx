import Link from "next/link";
import { campaignState } from "@/lib/campaigns/campaign-calendar";
import type { CampaignListRow } from "@/lib/campaigns/campaigns";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { CampaignStateBadge } from "./campaign-state-badge";
import { useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";

const COLUMNS = ["campaign", "code", "dates", "state", "channels", "assets"] as const;

/** The workspace's campaigns: dates and state by date, channels, and how many assets each has and how many are approved or out. */
export function CampaignsTable({ rows, workspacePath, today }: { rows: CampaignListRow[]; workspacePath: string; today: string }) {
  const t = useTranslations("campaigns.table");
  const labels = useCampaignLabels();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("region")} tabIndex={0}>
      <Table caption={t("caption")} data-testid="campaigns-table">
        <TableHead>
          {COLUMNS.map((column) => (
            <HeaderCell key={column}>{t(`column.${column}`)}</HeaderCell>
          ))}
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const done = (row.assetsByState.approved ?? 0) + (row.assetsByState.published ?? 0);
            return (
              <TableRow key={row.id} data-testid={`campaign-row-${row.code}`}>
                <TableCell className="align-top">
                  <Link href={`${workspacePath}/campaigns/${row.id}`} className="font-medium text-brand-700 underline">
                    {row.name}
                  </Link>
                </TableCell>
                <TableCell className="align-top font-mono text-xs">{row.code}</TableCell>
                <TableCell className="align-top whitespace-nowrap">{labels.dateRange(row.startsOn, row.endsOn)}</TableCell>
                <TableCell className="align-top">
                  <CampaignStateBadge state={campaignState(row, today)} />
                </TableCell>
                <TableCell className="align-top">{row.channels.length > 0 ? row.channels.map(labels.channel).join(", ") : "—"}</TableCell>
                <TableCell className="align-top whitespace-nowrap tabular-nums">
                  {row.assetCount > 0 ? t("assetsWithDone", { count: row.assetCount, done }) : t("assets", { count: row.assetCount })}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
