import type { BriefInput } from "@/lib/assets/generate/brief";
import { ASSET_KIND_LABELS } from "./asset-kinds";
import type { ProductOption } from "./product-groups";

/** How a stored brief is named in the pickers: its product or topic, then channels and language. */
export function describeBrief(brief: BriefInput, products: readonly ProductOption[]): string {
  const subject = products.find((p) => p.id === brief.productSourceId)?.title ?? (brief.topic || "A product that is no longer in the feed");
  const kinds = brief.assetKinds.map((kind) => ASSET_KIND_LABELS[kind]).join(", ");
  return `${subject} · ${kinds} · ${brief.language.toUpperCase()}`;
}
