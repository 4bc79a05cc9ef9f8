import { useTranslations } from "next-intl";
import Link from "next/link";
import type { CampaignAssets } from "@/lib/campaigns/campaign-assets";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { STATE_ORDER } from "@/components/assets/labels";
import { StateBadge } from "@/components/assets/state-badge";
import { useCampaignLabels } from "./use-campaign-labels";

const ASSET_COLUMNS = ["asset", "channel", "state", "language", "utmLink"] as const;

/**
 * Assets by channel and state (a count table), then every asset with its tracked link. The link is
 * shown as text, not as a link: clicking a tracked URL from here would count as a campaign visit.
 */
export function CampaignAssetsSection({ assets, workspacePath }: { assets: CampaignAssets; workspacePath: string }) {
  const t = useTranslations("campaigns.assets");
  const labels = useCampaignLabels();
  return (
    <section aria-labelledby="assets-heading" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="assets-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {assets.byChannel.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label={t("countsRegion")} tabIndex={0}>
          <Table caption={t("countsCaption")} density="compact" data-testid="assets-by-channel">
            <TableHead>
              <HeaderCell>{t("column.channel")}</HeaderCell>
              {STATE_ORDER.map((state) => (
                <HeaderCell key={state} className="text-right">
                  {t(`state.${state}`)}
                </HeaderCell>
              ))}
              <HeaderCell className="text-right">{t("total")}</HeaderCell>
            </TableHead>
            <TableBody>
              {assets.byChannel.map((channel) => (
                <TableRow key={channel.kind} data-testid={`channel-row-${channel.kind}`}>
                  <RowHeader>{labels.channel(channel.kind)}</RowHeader>
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
        <div className="overflow-x-auto" role="region" aria-label={t("listRegion")} tabIndex={0}>
          <Table caption={t("listCaption")} data-testid="campaign-assets">
            <TableHead>
              {ASSET_COLUMNS.map((column) => (
                <HeaderCell key={column}>{t(`column.${column}`)}</HeaderCell>
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
                  <TableCell className="align-top">{labels.channel(row.kind)}</TableCell>
                  <TableCell className="align-top">
                    <StateBadge state={row.state} />
                  </TableCell>
                  <TableCell className="align-top">{labels.language(row.language)}</TableCell>
                  <TableCell className="max-w-md align-top">
                    {row.utmLink ? (
                      <code className="font-mono text-xs break-all" data-testid="utm-link">
                        {row.utmLink}
                      </code>
                    ) : (
                      <span className="text-slate-600">{t("noUtmLink")}</span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {assets.truncated ? <p className="text-sm text-slate-600">{t("truncated", { count: assets.rows.length })}</p> : null}
    </section>
  );
}
