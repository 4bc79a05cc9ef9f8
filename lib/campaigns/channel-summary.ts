import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { ASSET_STATES } from "@/lib/db/schema/assets";
import type { AssetState } from "@/lib/review/workflow";

export type ChannelSummary = { kind: string; counts: Record<AssetState, number>; total: number };

const zeroCounts = (): Record<AssetState, number> => Object.fromEntries(ASSET_STATES.map((state) => [state, 0])) as Record<AssetState, number>;

/**
 * Assets per channel (asset kind) and state, for the campaign page's table. Channels come in the
 * order of ASSET_KINDS (the Generate form's order), a kind unknown to this build last; the
 * campaign's planned channels without assets get a row of zeroes, so a gap shows.
 */
export function summarizeByChannel(rows: readonly { kind: string; state: AssetState }[], plannedChannels: readonly string[] = []): ChannelSummary[] {
  const byKind = new Map<string, ChannelSummary>();
  for (const kind of plannedChannels) byKind.set(kind, { kind, counts: zeroCounts(), total: 0 });
  for (const row of rows) {
    const summary = byKind.get(row.kind) ?? { kind: row.kind, counts: zeroCounts(), total: 0 };
    summary.counts[row.state] += 1;
    summary.total += 1;
    byKind.set(row.kind, summary);
  }
  const rank = (kind: string) => {
    const index = (ASSET_KINDS as readonly string[]).indexOf(kind);
    return index === -1 ? ASSET_KINDS.length : index;
  };
  return [...byKind.values()].sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
}
