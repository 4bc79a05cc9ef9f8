import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { addTextSource } from "@/lib/testing/knowledge-fixtures";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import { exportAsset } from "@/lib/assets/export/export-asset";
import type { Article } from "@/lib/assets/schemas/article";
import { generateAsset } from "./generate-asset";
import { regenerateField } from "./regenerate-field";
import type { BriefInput } from "./brief";

const GUIDES = ["Seams", "Hoods", "Zips", "Cuffs", "Hems", "Pockets", "Vents", "Membranes", "Fabrics", "Packing"];

/** A brand with more hardshell guide pages than an ad's six brand passages. */
async function setUp() {
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  for (const guide of GUIDES) {
    const slug = guide.toLowerCase();
    await addTextSource(workspace.id, `# ${guide} of a hardshell jacket\n\nThe ${slug} of a hardshell jacket decide how dry it keeps you. Check the ${slug} of your hardshell jacket before every tour.`, {
      title: `${guide} of a hardshell jacket`,
      classification: "public",
      canonicalUrl: `https://nordlicht.example/guides/${slug}`,
    });
  }
  const { fjellId } = await setUpBrand(workspace.id);
  const brief: BriefInput = { productSourceId: fjellId, topic: "", audience: "hikers", goal: "", assetKinds: ["article", "google-rsa"], language: "en", tone: "", keywords: ["hardshell jacket"] };
  return { db: await getDb(), workspace, user, brief };
}

describe("blog article generation", () => {
  it("writes a valid, cited article with the local model from more passages than an ad, then exports and regenerates it", async () => {
    const { db, workspace, user, brief } = await setUp();
    const generate = (kind: "article" | "google-rsa") => generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind });
    const generated = await generate("article");
    const ad = await generate("google-rsa");

    expect(generated.provenance.model).toBe("local:extractive-v1");
    expect(generated.validation.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    // The long form retrieves more for the same brief (LONG_FORM_BRAND_CHUNKS), the ad keeps its six.
    expect(generated.sources.length).toBeGreaterThan(ad.sources.length);
    const article = generated.content as Article;
    expect(article.kind).toBe("article");
    expect(article.outline).toEqual(article.sections.map((section) => section.heading.text));
    expect(article.sections.length).toBeGreaterThan(2);
    for (const paragraph of article.sections.flatMap((section) => section.paragraphs)) expect(paragraph.citations.length).toBeGreaterThan(0);
    expect(article.canonicalUrl).toBe(`https://nordlicht.example/blog/${article.slug}`);

    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    const html = await exportAsset(db, { workspaceId: workspace.id, assetId, format: "article-html" });
    expect(html.contentType).toBe("text/html; charset=utf-8");
    expect(html.fileName).toMatch(/^article-.+-v1\.html$/);
    expect(html.body).toContain(`<link rel="canonical" href="${article.canonicalUrl}">`);
    expect(html.body).toContain('<script type="application/ld+json">');
    expect(html.body.match(/<section>/g)).toHaveLength(article.sections.length);
    const markdown = await exportAsset(db, { workspaceId: workspace.id, assetId, format: "article-markdown" });
    expect(markdown.body.startsWith(`---\ntitle: ${JSON.stringify(article.title.text)}\n`)).toBe(true);
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "html-head" })).rejects.toMatchObject({ code: "invalid_input" });

    const path = "sections[0].paragraphs[0]";
    const regenerated = await regenerateField(db, { workspaceId: workspace.id, assetId, userId: user.id, role: "marketer", path, content: article });
    expect(regenerated.field.text).not.toBe(article.sections[0]!.paragraphs[0]!.text);
    expect(regenerated.field.citations.length).toBeGreaterThan(0);
    expect(regenerated.validation.issues.filter((issue) => issue.path.startsWith(path) && issue.severity === "error")).toEqual([]);
  });

  it("refuses the article exports for another kind", async () => {
    const { db, workspace, user, brief } = await setUp();
    const generated = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "article-html" })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "article-markdown" })).rejects.toMatchObject({ code: "invalid_input" });
  });
});
