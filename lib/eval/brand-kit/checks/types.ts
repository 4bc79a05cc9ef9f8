import type { Asset } from "@/lib/assets/schemas/asset";
import type { KitBrief } from "../kit/briefs";
import type { KitRules } from "../kit/kit-rules";
import type { KitProduct } from "../kit/product-feed";

/** A passage the asset could cite, as the pipeline returns it (GeneratedAsset.sources). */
export type EvalPassage = { chunkId: string; sourceId: string; title: string; url: string | null; text: string };

/** What a check reads of one generation: the asset, its citable passages and its omission notes. */
export type EvalOutput = {
  content: Asset;
  sources: readonly EvalPassage[];
  /** Null when the pipeline does not report omissions (yet): a check that needs them fails. */
  omissions: readonly { item: string; reason: string }[] | null;
};

/** What the customer gave us, against which the copy is judged. */
export type KitFacts = {
  rules: KitRules;
  products: readonly KitProduct[];
  /** Prices stated in policy pages (shipping), allowed besides the feed's. */
  otherPrices: readonly number[];
  /** Guide sentences, campaign instructions and internal notes: never copy. */
  metaTexts: readonly string[];
  /** Claims planted in the sources that no copy may repeat. */
  injectedClaims: readonly string[];
  /** Live URLs (public pages, imported products, the site root). */
  knownUrls: ReadonlySet<string>;
  /** Titles of sources whose passages may back copy (fact-bearing roles). */
  factSourceTitles: ReadonlySet<string>;
  /** Titles of sources that must never be cited (guides, internal notes). */
  forbiddenSourceTitles: ReadonlySet<string>;
  offer: { code: string; endDate: Record<"de" | "en", readonly string[]> };
};

export type CheckContext = { brief: KitBrief; output: EvalOutput; product: KitProduct | null; kit: KitFacts };

/** One machine-checkable constraint. `run` returns what is wrong, quoting the offending text; [] passes. */
export type Check = {
  id: string;
  /** Absent: the check applies to every brief. Checks that do not apply are not counted. */
  appliesTo?: (context: CheckContext) => boolean;
  run: (context: CheckContext) => string[];
};

export type CheckResult = { id: string; passed: boolean; problems: string[] };
