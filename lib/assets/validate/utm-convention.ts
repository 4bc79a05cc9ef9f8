import type { Asset } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { UTM_FIELDS, type Utm } from "@/lib/assets/schemas/utm";
import { checkUtmConventionRules, type UtmContext } from "@/lib/campaigns/utm-check";
import { BUILT_IN_UTM_CONVENTION } from "@/lib/campaigns/utm-convention";
import { formatPath } from "./issues";
import type { ValidationIssue } from "./types";

/** A UTM object wherever a kind keeps it (an ad's `utm`, an e-mail's call to action), with its path. */
export function utmObjectsIn(asset: Asset): { path: string; utm: Utm }[] {
  const found: { path: string; utm: Utm }[] = [];
  const visit = (value: unknown, segments: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...segments, index]));
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (UTM_FIELDS.every((field) => field in record && (record[field] === null || typeof record[field] === "string"))) {
      found.push({ path: formatPath(segments), utm: record as Utm });
      return;
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...segments, key]);
  };
  visit(asset, []);
  return found;
}

/** Without a workspace (unit checks of one asset) the built-in convention holds and the asset is in no campaign. */
const NO_WORKSPACE: UtmContext = { convention: BUILT_IN_UTM_CONVENTION, brandName: "", campaign: null };

/**
 * Every UTM value set of the asset against the workspace's convention (template shape for its
 * campaign, source/medium of its kind, no banned term). Found by shape rather than listed per
 * kind, so a new kind with a UTM link anywhere in it is checked without being registered here.
 */
export function checkUtmConvention(asset: Asset, context: { utm?: UtmContext; brandRules: BrandRules }): ValidationIssue[] {
  const utmContext = context.utm ?? NO_WORKSPACE;
  return utmObjectsIn(asset).flatMap(({ path, utm }) =>
    checkUtmConventionRules(utm, { ...utmContext, kind: asset.kind, language: asset.language, bannedTerms: context.brandRules.bannedTerms, basePath: path }),
  );
}
