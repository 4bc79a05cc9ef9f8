import Link from "next/link";
import type { CampaignAssets } from "@/lib/campaigns/campaign-assets";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { STATE_LABELS, STATE_ORDER, LANGUAGE_LABELS } from "@/components/assets/labels";
import { StateBadge } from "@/components/assets/state-badge";
import { channelLabel } from "./labels";

/**
 * Assets by channel and state (a count table), then every asset with its tracked link. The link is
 * shown as text, not as a link: clicking a tracked URL from here would count as a campaign visit.
 */
export function CampaignAssetsSection({ assets, workspacePath }: { assets: CampaignAssets; workspacePath: string }) {
  return (
    <section aria-labelledby="assets-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="assets-heading" className="text-lg font-medium">
        Assets by channel and state
      </h2>
      {assets.byChannel.length === 0 ? (
        <p className="text-sm text-slate-600">No assets yet. Briefs written in this campaign put their assets here.</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label="Assets by channel and state (scrolls sideways)" tabIndex={0}>
          <Table caption="Number of assets per channel and state" density="compact" data-testid="assets-by-channel">
            <TableHead>
              <HeaderCell>Channel</HeaderCell>
              {STATE_ORDER.map((state) => (
                <HeaderCell key={state} className="text-right">
                  {STATE_LABELS[state]}
                </HeaderCell>
              ))}
              <HeaderCell className="text-right">Total</HeaderCell>
            </TableHead>
            <TableBody>
              {assets.byChannel.map((channel) => (
                <TableRow key={channel.kind} data-testid={`channel-row-${channel.kind}`}>
                  <RowHeader>{channelLabel(channel.kind)}</RowHeader>
                  {STATE_ORDER.map((state) => (
                    <TableCell key={state} numeric className={channel.counts[state] === 0 ? "text-slate-500" : undefined}>
                      {channel.counts[state]}
                    </TableCell>
                  ))}
                  <TableCell numeric className="font-medium">
                    {channel.total}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {assets.rows.length > 0 ? (
        <div className="overflow-x-auto" role="region" aria-label="Campaign assets (scrolls sideways)" tabIndex={0}>
          <Table caption="The campaign's assets, most recently changed first" data-testid="campaign-assets">
            <TableHead>
              {["Asset", "Channel", "State", "Language", "UTM link"].map((heading) => (
                <HeaderCell key={heading}>{heading}</HeaderCell>
              ))}
            </TableHead>
            <TableBody>
              {assets.rows.map((row) => (
                <TableRow key={row.id} data-testid={`campaign-asset-${row.id}`}>
                  <TableCell className="align-top">
                    <Link href={`${workspacePath}/assets/${row.id}`} className="font-medium text-brand-700 underline">
                      {row.title}
                    </Link>
                  </TableCell>
                  <TableCell className="align-top">{channelLabel(row.kind)}</TableCell>
                  <TableCell className="align-top">
                    <StateBadge state={row.state} />
                  </TableCell>
                  <TableCell className="align-top">{LANGUAGE_LABELS[row.language as "de" | "en"] ?? row.language}</TableCell>
                  <TableCell className="max-w-md align-top">
                    {row.utmLink ? (
                      <code className="font-mono text-xs break-all" data-testid="utm-link">
                        {row.utmLink}
                      </code>
                    ) : (
                      <span className="text-slate-600">none for this channel</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {assets.truncated ? <p className="text-sm text-slate-600">Only the {assets.rows.length} most recently changed assets are listed; the counts above cover those.</p> : null}
    </section>
  );
}
