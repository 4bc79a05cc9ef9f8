import type { AssetKind } from "@/lib/assets/schemas/asset";

const FORMATS: { format: string; label: string; kinds: readonly AssetKind[] | "all" }[] = [
  { format: "json", label: "JSON", kinds: "all" },
  { format: "html-head", label: "HTML head snippet", kinds: ["seo-page"] },
  { format: "google-ads-csv", label: "Google Ads Editor CSV", kinds: ["google-rsa"] },
  { format: "meta-csv", label: "Meta bulk-upload CSV", kinds: ["meta-ad"] },
  { format: "email-html", label: "E-mail HTML", kinds: ["email"] },
  { format: "email-text", label: "E-mail plain text", kinds: ["email"] },
  { format: "article-html", label: "Article HTML", kinds: ["article"] },
  { format: "article-markdown", label: "Article Markdown", kinds: ["article"] },
  { format: "post-text", label: "Post text (TXT)", kinds: ["linkedin-post", "instagram-post", "x-post"] },
  { format: "merchant-tsv", label: "Merchant Center supplemental feed (TSV)", kinds: ["merchant-feed"] },
  { format: "citations-csv", label: "Citations (CSV)", kinds: "all" },
];

/** Downloads of the last saved version (unsaved edits are not in an export), or of the published one once there is one. */
export function ExportLinks({ workspaceId, assetId, kind, caption = "Export saved version:" }: { workspaceId: string; assetId: string; kind: AssetKind; caption?: string }) {
  const formats = FORMATS.filter((f) => f.kinds === "all" || f.kinds.includes(kind));
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-slate-600">{caption}</span>
      {formats.map((f) => (
        <a
          key={f.format}
          className="text-brand-700 underline hover:text-brand-900"
          href={`/api/assets/export?${new URLSearchParams({ workspaceId, assetId, format: f.format })}`}
          download
        >
          {f.label}
        </a>
      ))}
    </p>
  );
}
