import type { CatalogEntry } from "@/lib/ai/catalog";

/** A catalog entry for a mock model: `provider:model` id, $10 per million tokens, EU, premium, fast. */
export function mockCatalogEntry(id: string, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id,
    provider: id.split(":")[0]!,
    kind: "language",
    label: id,
    capabilities: { structuredOutput: true, tools: false, contextWindow: 100_000 },
    pricePerMillion: { input: 10, output: 10 },
    hosting: "external",
    region: "eu",
    quality: "premium",
    latency: "fast",
    ...overrides,
  };
}
