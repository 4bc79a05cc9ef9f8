import { describe, expect, it } from "vitest";
import { parseJsonLd } from "@/lib/assets/schemas/json-ld";
import { seoHeadSnippet } from "./seo-head-snippet";
import { fjellSeoPage } from "@/lib/testing/assets/export-fixtures";

const canonicalUrl = "https://nordlicht.example/p/fjell-hardshell-jacke-damen";

/** The text between the JSON-LD script tags, as a browser would hand it to a JSON-LD reader. */
function scriptContents(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
}

describe("seoHeadSnippet", () => {
  it("writes title, description, canonical and alternates with escaped values", () => {
    const html = seoHeadSnippet(fjellSeoPage(), { canonicalUrl });
    expect(html).toContain("<title>Fjell Hardshell-Jacke Damen: „wetterfest“ &amp; 380 g</title>");
    expect(html).toContain(
      '<meta name="description" content="Wassersäule 20.000 mm, 380 g, PFAS-frei: die Fjell für Wanderinnen. &quot;Dicht&quot; heißt bei uns &lt;20.000 mm&gt; nie.">',
    );
    expect(html).toContain(`<link rel="canonical" href="${canonicalUrl}">`);
    expect(html).toContain('<link rel="alternate" hreflang="de" href="https://nordlicht.example/p/fjell-hardshell-jacke-damen">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://nordlicht.example/en/p/fjell-hardshell-jacket-women?ref=a&amp;b=c">');
    expect(html).not.toContain("x-default");
  });

  it("embeds JSON-LD that parses back to the page's structured data", () => {
    const page = fjellSeoPage();
    const [json] = scriptContents(seoHeadSnippet(page, { canonicalUrl }));
    const expected = parseJsonLd(page.jsonLd);
    expect(expected.ok && JSON.parse(json ?? "")).toEqual(expected.ok && expected.nodes[0]);
  });

  it("keeps a </script> inside a JSON-LD string from ending the script element", () => {
    const name = "Fjell </script><script>alert(1)</script> <!-- Jacke";
    const page = fjellSeoPage({ jsonLd: JSON.stringify([{ "@context": "https://schema.org", "@type": "Product", name }]) });
    const html = seoHeadSnippet(page, { canonicalUrl });
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain("<!--");
    expect(html).not.toContain("<script>");
    const [json] = scriptContents(html);
    expect(JSON.parse(json ?? "")).toMatchObject({ name });
  });

  it("embeds several nodes as an array and none when the page has no structured data", () => {
    const nodes = [
      { "@context": "https://schema.org", "@type": "Product", name: "Fjell" },
      { "@context": "https://schema.org", "@type": "FAQPage", mainEntity: [] },
    ];
    const [json] = scriptContents(seoHeadSnippet(fjellSeoPage({ jsonLd: JSON.stringify(nodes) }), { canonicalUrl }));
    expect(JSON.parse(json ?? "")).toEqual(nodes);
    expect(seoHeadSnippet(fjellSeoPage({ jsonLd: "[]" }), { canonicalUrl })).not.toContain("<script");
  });

  it("adds an x-default only when asked and the page has none", () => {
    const xDefaultUrl = "https://nordlicht.example/p/fjell-hardshell-jacke-damen";
    const added = seoHeadSnippet(fjellSeoPage(), { canonicalUrl, xDefaultUrl });
    expect(added).toContain(`<link rel="alternate" hreflang="x-default" href="${xDefaultUrl}">`);
    const own = fjellSeoPage({ hreflang: [...fjellSeoPage().hreflang, { language: "x-default", url: "https://nordlicht.example/" }] });
    const kept = seoHeadSnippet(own, { canonicalUrl, xDefaultUrl });
    expect(kept.match(/hreflang="x-default"/g)).toHaveLength(1);
    expect(kept).toContain('hreflang="x-default" href="https://nordlicht.example/"');
  });

  it("refuses invalid JSON-LD and a relative canonical URL instead of dropping a tag", () => {
    expect(() => seoHeadSnippet(fjellSeoPage({ jsonLd: "[{" }), { canonicalUrl })).toThrow(/JSON-LD cannot be exported/);
    expect(() => seoHeadSnippet(fjellSeoPage(), { canonicalUrl: "/p/fjell" })).toThrow(/not an absolute/);
  });
});
