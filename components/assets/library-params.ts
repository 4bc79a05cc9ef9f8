import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetState } from "@/lib/review/workflow";
import { isKnownAssetKind } from "@/components/generate/asset-kinds";
import { readParam, type SearchParams } from "@/components/review/queue-params";
import { isAssetState } from "./labels";

export type LibraryFilters = { search?: string; state?: AssetState; kind?: AssetKind; archived?: true };

/** The library's search and filters from the URL (`?q=jacke&state=published&kind=meta-ad&archived=1`). */
export function parseLibraryFilters(params: SearchParams): LibraryFilters {
  const search = readParam(params, "q");
  const state = readParam(params, "state");
  const kind = readParam(params, "kind");
  const archived = readParam(params, "archived") === "1";
  return {
    ...(search ? { search: search.slice(0, 200) } : {}),
    ...(isAssetState(state) ? { state } : {}),
    ...(isKnownAssetKind(kind) ? { kind } : {}),
    ...(archived ? { archived: true as const } : {}),
  };
}

/** A version number from `?version=3`; anything else means "the current version". */
export function parseVersionParam(params: SearchParams): number | undefined {
  const value = readParam(params, "version");
  return value && /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
