import { eq } from "drizzle-orm";
import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import { getDb } from "@/lib/db/client";
import { knowledgeSources } from "@/lib/db/schema";
import { importFeed } from "@/lib/knowledge/feeds/import-feed";
import { saveBrandSettings } from "@/lib/assets/brand/brand-settings";
import { EMPTY_BRAND_RULES, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { addTextSource, runIngestion } from "./knowledge-fixtures";

const MAPPING = { id: "id", name: "name", description: "description", category: "category", price: "price", currency: "currency", url: "url" };
const FEED = [
  "id,name,description,category,price,currency,url",
  'P-1,Fjell Jacket,"A three-layer hardshell with taped seams. It weighs 420 g and keeps a 20,000 mm water column.",Jackets,349.00,EUR,https://nordlicht.example/p/fjell',
  'P-2,Sarek Boot,"Leather hiking boot with a Vibram sole. Resoleable for years of trails.",Boots,229.00,EUR,https://nordlicht.example/p/sarek',
].join("\n");
const BRAND_PAGE = "# About Nordlicht\n\nNordlicht Outdoor makes weatherproof clothing in small batches. Every jacket is field-tested for 500 hours in Sarek.";

/** A workspace knowledge base with two products and a brand page, ingested, plus brand settings. */
export async function setUpBrand(workspaceId: string, rules: Partial<BrandRules> = {}) {
  const db = await getDb();
  await db.transaction((tx) =>
    importFeed(tx, { workspaceId, actorId: "usr_test", feedName: "Shop", text: FEED, mapping: MAPPING, classification: "public", language: "en" }),
  );
  await addTextSource(workspaceId, BRAND_PAGE, { title: "About Nordlicht", classification: "public", canonicalUrl: "https://nordlicht.example/about" });
  await runIngestion(workspaceId);
  await saveBrandSettings(db, { workspaceId, userId: "usr_test", siteUrl: "https://nordlicht.example", languages: ["en"], rules: { ...EMPTY_BRAND_RULES, ...rules } });
  const products = await db.select({ id: knowledgeSources.id, externalId: knowledgeSources.externalId }).from(knowledgeSources).where(eq(knowledgeSources.workspaceId, workspaceId));
  const productId = (externalId: string) => products.find((p) => p.externalId === externalId)!.id;
  return { fjellId: productId("P-1"), sarekId: productId("P-2") };
}

/** The text a model received: instructions and every message, as one string. */
export function promptTextOf(options: LanguageModelV4CallOptions): string {
  return options.prompt.map((m) => (typeof m.content === "string" ? m.content : m.content.map((p) => ("text" in p ? p.text : "")).join(""))).join("\n");
}

/**
 * A streaming mock model that answers call N with `replies(N, prompt)`, split into small deltas,
 * and remembers every prompt it received.
 */
export function streamingModel(id: string, replies: (call: number, prompt: string) => string) {
  const prompts: string[] = [];
  const model = new MockLanguageModelV4({
    provider: id.split(":")[0],
    modelId: id,
    doStream: async (options) => {
      const prompt = promptTextOf(options);
      prompts.push(prompt);
      const text = replies(prompts.length - 1, prompt);
      const deltas = text.match(/.{1,40}/gs) ?? [""];
      const parts: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "t" },
        ...deltas.map((delta) => ({ type: "text-delta" as const, id: "t", delta })),
        { type: "text-end", id: "t" },
        { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: { inputTokens: { total: 1000, noCache: 1000, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 300, text: 300, reasoning: 0 } } },
      ];
      return { stream: new ReadableStream({ start: (c) => (parts.forEach((p) => c.enqueue(p)), c.close()) }) };
    },
  });
  return { model, prompts };
}
