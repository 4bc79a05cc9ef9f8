import type { ImportRow } from "@/lib/kpi/import/types";
import type { AssetLinker } from "./asset-linker";

export interface AdLink {
  platform: string;
  adId: string;
  assetId: string;
}

/**
 * Links report rows to assets while a file streams through: by UTM tags first, then by the ad id
 * (known from earlier imports, or learned from an earlier row of this file whose URL matched).
 *
 * An ad whose UTM row comes *after* some of its URL-less rows leaves those rows unlinked while
 * streaming; `adIdsToRelink()` names such ads so one UPDATE at the end can fix them.
 */
export class RowLinker {
  private readonly links = new Map<string, string>();
  private readonly learned = new Map<string, AdLink>();
  private readonly unlinkedAdIds = new Set<string>();

  constructor(
    private readonly byUtm: AssetLinker,
    known: readonly AdLink[],
  ) {
    for (const link of known) this.links.set(`${link.platform}\u0000${link.adId}`, link.assetId);
  }

  link(row: Pick<ImportRow, "platform" | "adId" | "utmCampaign" | "utmContent">): string | null {
    const adKey = row.adId ? `${row.platform}\u0000${row.adId}` : null;
    const fromUtm = this.byUtm(row.utmCampaign, row.utmContent);
    if (fromUtm) {
      if (adKey && this.links.get(adKey) !== fromUtm) {
        this.links.set(adKey, fromUtm);
        this.learned.set(adKey, { platform: row.platform, adId: row.adId, assetId: fromUtm });
      }
      return fromUtm;
    }
    if (!adKey) return null;
    const fromAd = this.links.get(adKey) ?? null;
    if (!fromAd) this.unlinkedAdIds.add(adKey);
    return fromAd;
  }

  /** Links found in this file, to remember for later imports. */
  learnedLinks(): AdLink[] {
    return [...this.learned.values()];
  }

  /** Ads with rows that streamed past before their link was learned. */
  adIdsToRelink(): AdLink[] {
    return this.learnedLinks().filter((link) => this.unlinkedAdIds.has(`${link.platform}\u0000${link.adId}`));
  }
}
