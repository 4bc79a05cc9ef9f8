import Link from "next/link";
import { campaignState } from "@/lib/campaigns/campaign-calendar";
import type { CampaignListRow } from "@/lib/campaigns/campaigns";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { CampaignStateBadge } from "./campaign-state-badge";
import { channelLabel, dateRangeLabel } from "./labels";

/** The workspace's campaigns: dates and state by date, channels, and how many assets each has and how many are approved or out. */
export function CampaignsTable({ rows, workspacePath, today }: { rows: CampaignListRow[]; workspacePath: string; today: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Campaigns (scrolls sideways)" tabIndex={0}>
      <Table caption="Campaigns, latest start first" data-testid="campaigns-table">
        <TableHead>
          {["Campaign", "Code", "Dates", "State", "Channels", "Assets"].map((heading) => (
            <HeaderCell key={heading}>{heading}</HeaderCell>
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
                <TableCell className="align-top whitespace-nowrap">{dateRangeLabel(row.startsOn, row.endsOn)}</TableCell>
                <TableCell className="align-top">
                  <CampaignStateBadge state={campaignState(row, today)} />
                </TableCell>
                <TableCell className="align-top">{row.channels.length > 0 ? row.channels.map(channelLabel).join(", ") : "—"}</TableCell>
                <TableCell className="align-top whitespace-nowrap tabular-nums">
                  {row.assetCount} {row.assetCount === 1 ? "asset" : "assets"}
                  {row.assetCount > 0 ? `, ${done} approved or published` : ""}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
