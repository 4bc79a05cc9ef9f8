import "server-only";
import { and, eq } from "drizzle-orm";
import { assets, assetVersions, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { normalizeUtmValue } from "@/lib/assets/schemas/utm";
import type { Asset } from "@/lib/assets/schemas/asset";
import { emailPlainText } from "@/lib/assets/email/plain-text";
import { emailButtonUrl } from "@/lib/assets/email/tracked-link";
import { articleHtml } from "./article-html";
import { articleMarkdown } from "./article-markdown";
import { exportAssetJson } from "./asset-json";
import { emailHtml } from "./email-html";
import { googleAdsEditorCsv } from "./google-ads-editor-csv";
import { metaBulkCsv } from "./meta-bulk-csv";
import { supplementalFeedTsv } from "./merchant-feed-tsv";
import { seoHeadSnippet } from "./seo-head-snippet";
import { socialPostText } from "./social-post-text";
import { loadCitationSources } from "./citation-sources";
import { citedFields } from "./cited-fields";
import { citationsCsv, fieldCitations, type FieldCitations } from "./field-citations";

async function citationsOf(db: Database, workspaceId: string, content: Asset): Promise<FieldCitations[]> {
  const chunkIds = citedFields(content).flatMap((field) => field.chunkIds);
  return fieldCitations(content, await loadCitationSources(db, { workspaceId, chunkIds }));
}

export const EXPORT_FORMATS = ["json", "html-head", "google-ads-csv", "meta-csv", "email-html", "email-text", "citations-csv", "article-html", "article-markdown", "post-text", "merchant-tsv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { body: string; contentType: string; fileName: string };

/**
 * One asset version as a file. The version is the published one when the asset has been
 * published (what went out is what gets exported), otherwise the current one.
 */
export async function exportAsset(db: Database, options: { workspaceId: string; assetId: string; format: ExportFormat; version?: number }): Promise<ExportFile> {
  const [asset] = await db.select().from(assets).where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)));
  if (!asset) throw new AppError("not_found", { key: "assets.assetDoesNotExist" });
  const versionNumber = options.version ?? asset.publishedVersion ?? asset.currentVersion;
  const [version] = await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, versionNumber)));
  if (!version) throw new AppError("not_found", { key: "assets.versionAssetDoesNot", params: { versionNumber } });
  const content = version.content;
  const base = `${asset.kind}-${asset.id}-v${versionNumber}`;
  const campaign = normalizeUtmValue(asset.title).slice(0, 60) || asset.id;

  switch (options.format) {
    case "json": {
      const citations = await citationsOf(db, options.workspaceId, content);
      return { body: exportAssetJson(content, { assetId: asset.id, version: versionNumber, state: asset.state, exportedAt: new Date() }, citations), contentType: "application/json; charset=utf-8", fileName: `${base}.json` };
    }
    // Beside the platform files (and the head snippet, which is pasted into a public page and
    // must not carry internal passages): who said what, one row per cited field and source.
    case "citations-csv":
      return { body: citationsCsv(await citationsOf(db, options.workspaceId, content)), contentType: "text/csv; charset=utf-8", fileName: `${base}-citations.csv` };
    case "html-head": {
      if (content.kind !== "seo-page") throw new AppError("invalid_input", { key: "assets.hTMLHeadSnippetSEO" });
      const canonical = content.hreflang.find((h) => h.language === content.language)?.url ?? null;
      if (!canonical) throw new AppError("invalid_input", { key: "assets.pageHasNoURL" });
      try {
        return { body: seoHeadSnippet(content, { canonicalUrl: canonical }), contentType: "text/html; charset=utf-8", fileName: `${base}.html` };
      } catch (error) {
        throw new AppError("invalid_input", error instanceof Error ? { key: "assets.pageExportFailed", params: { detail: error.message } } : { key: "assets.pageCannotBeExported" });
      }
    }
    case "google-ads-csv":
      if (content.kind !== "google-rsa") throw new AppError("invalid_input", { key: "assets.googleAdsEditorCSV" });
      return { body: googleAdsEditorCsv([{ campaign, adGroup: campaign, ad: content }]), contentType: "text/csv; charset=utf-8", fileName: `${base}.csv` };
    case "meta-csv":
      if (content.kind !== "meta-ad") throw new AppError("invalid_input", { key: "assets.metaBulkCSVMeta" });
      return { body: metaBulkCsv([{ campaign, adSet: campaign, adName: asset.title, ad: content }]), contentType: "text/csv; charset=utf-8", fileName: `${base}.csv` };
    // The two parts of one multipart/alternative message; the text part is derived from the same
    // fields (lib/assets/email/plain-text.ts), so both say the same. Merge tags stay for the sending tool.
    case "email-html":
    case "email-text": {
      if (content.kind !== "email") throw new AppError("invalid_input", { key: "assets.hTMLTextPartsAre" });
      if (!emailButtonUrl(content)) throw new AppError("invalid_input", { key: "assets.eMailSFinal" });
      return options.format === "email-html"
        ? { body: await emailHtml(content), contentType: "text/html; charset=utf-8", fileName: `${base}.html` }
        : { body: emailPlainText(content), contentType: "text/plain; charset=utf-8", fileName: `${base}.txt` };
    }
    case "article-html": {
      if (content.kind !== "article") throw new AppError("invalid_input", { key: "assets.articleHTMLBlogArticles" });
      try {
        return { body: articleHtml(content), contentType: "text/html; charset=utf-8", fileName: `${base}.html` };
      } catch (error) {
        throw new AppError("invalid_input", error instanceof Error ? { key: "assets.articleExportFailed", params: { detail: error.message } } : { key: "assets.articleCannotBeExported" });
      }
    }
    case "article-markdown":
      if (content.kind !== "article") throw new AppError("invalid_input", { key: "assets.articleMarkdownBlogArticles" });
      return { body: articleMarkdown(content), contentType: "text/markdown; charset=utf-8", fileName: `${base}.md` };
    case "post-text": {
      const text = socialPostText(content);
      if (text === null) throw new AppError("invalid_input", { key: "assets.postTextLinkedInInstagram" });
      return { body: text, contentType: "text/plain; charset=utf-8", fileName: `${base}.txt` };
    }
    // One product's row; the asset library exports all products' rows as one feed (supplemental-feed.ts).
    // Keyed by the product's id in the shop's feed, as the whole feed is (supplemental-feed.ts).
    case "merchant-tsv": {
      if (content.kind !== "merchant-feed") throw new AppError("invalid_input", { key: "assets.supplementalFeedTSVProduct" });
      const [product] = asset.productSourceId
        ? await db.select({ externalId: knowledgeSources.externalId }).from(knowledgeSources).where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, asset.productSourceId)))
        : [];
      const feedProductId = product?.externalId?.trim() ?? "";
      if (feedProductId === "") throw new AppError("invalid_input", { key: "assets.copyHasNoProduct" });
      return { body: supplementalFeedTsv([{ ...content, productId: feedProductId }]), contentType: "text/tab-separated-values; charset=utf-8", fileName: `${base}.tsv` };
    }
  }
}
