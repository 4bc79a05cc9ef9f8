import "server-only";
import type { ApiContext } from "@/lib/api/define-api-route";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { listProductOptions } from "@/lib/assets/generate/product-options";
import { MCP_RESOURCE_TABLE, type McpResourceUri } from "./tool-table";

/** The catalog is capped, not paged: MCP resources have no cursor, and search_knowledge finds any product. */
export const CATALOG_LIMIT = 200;

export type McpResource = {
  uri: McpResourceUri;
  title: string;
  description: string;
  read(ctx: ApiContext): Promise<unknown>;
} & (typeof MCP_RESOURCE_TABLE)[McpResourceUri];

const resource = (definition: Omit<McpResource, "name" | "permission">): McpResource => ({ ...definition, ...MCP_RESOURCE_TABLE[definition.uri] });

export const MCP_RESOURCES: McpResource[] = [
  resource({
    uri: "brandpilot://brand/rules",
    title: "Brand rules",
    description: "The workspace's brand: name, site, languages and rules (banned and preferred terms, required disclaimers, tone, formatting) every generated asset is checked against.",
    async read(ctx) {
      const brand = await loadBrandContext(ctx.db, ctx.membership.workspaceId);
      return { brandName: brand.brandName, siteUrl: brand.siteUrl, languages: brand.languages, rules: brand.rules };
    },
  }),
  resource({
    uri: "brandpilot://catalog/products",
    title: "Product catalog",
    description: `Products of the feed a brief can be written about (id for generate_asset's productSourceId, title, category, URL); the first ${CATALOG_LIMIT} by category and title.`,
    async read(ctx) {
      const products = await listProductOptions(ctx.db, ctx.membership.workspaceId, CATALOG_LIMIT + 1);
      const truncated = products.length > CATALOG_LIMIT;
      return {
        products: products.slice(0, CATALOG_LIMIT),
        truncated,
        note: truncated ? `Only the first ${CATALOG_LIMIT} products are listed; use search_knowledge with kinds ["product"] to find others.` : null,
      };
    },
  }),
];
