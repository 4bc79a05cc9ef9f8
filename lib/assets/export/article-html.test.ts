import { describe, expect, it } from "vitest";
import { parseJsonLd } from "@/lib/assets/schemas/json-ld";
import { fjellArticle } from "@/lib/testing/assets/export-fixtures";
import { articleHtml } from "./article-html";

function scriptContents(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
}

describe("articleHtml", () => {
  const html = articleHtml(fjellArticle());

  it("writes the head with escaped title, description and canonical URL", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain("<title>Hardshell-Jacke waschen: „wetterfest“ &amp; trocken</title>");
    expect(html).toContain('<meta name="description" content="So wäschst du die Fjell bei 30 °C. &quot;Dicht&quot; heißt bei uns &lt;20.000 mm&gt; nie.">');
    expect(html).toContain('<link rel="canonical" href="https://nordlicht.example/blog/hardshell-jacke-waschen">');
  });

  it("writes one semantic article: H1 and lead in the header, one section per H2, text escaped", () => {
    const article = html.slice(html.indexOf("<article>"), html.indexOf("</article>") + "</article>".length);
    expect(article).toBe(
      [
        "<article>",
        "<header>",
        "<h1>Hardshell-Jacke waschen &amp; imprägnieren</h1>",
        "<p>Eine Hardshell-Jacke braucht Pflege. &lt;b&gt;Fett&lt;/b&gt; wird sie nie: *nicht* hier.</p>",
        "</header>",
        "<section>",
        "<h2>Waschen bei 30 °C</h2>",
        "<p>1. Schließe alle Reißverschlüsse.\nDann [hier](javascript:alert(1)) weiter.</p>",
        "</section>",
        "<section>",
        "<h2># Trocknen</h2>",
        "<p>- Danach geht es ans Trocknen.</p>",
        "<p>Trockne sie bei niedriger Temperatur, damit die Imprägnierung hält.</p>",
        "</section>",
        "<aside>",
        "<h2>Weiterlesen</h2>",
        "<ul>",
        '<li><a href="https://nordlicht.example/pflege?a=1&amp;b=2">Pflege &amp; Reparatur</a></li>',
        "</ul>",
        "</aside>",
        "</article>",
      ].join("\n"),
    );
  });

  it("leaves out a link whose URL is not http(s)", () => {
    expect(html).not.toContain("Böser Link");
    expect(html).not.toMatch(/href="javascript:/);
  });

  it("embeds JSON-LD that parses back, with a </script> in a string unable to end the element", () => {
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain("<script>");
    const [json] = scriptContents(html);
    const expected = parseJsonLd(fjellArticle().jsonLd);
    expect(expected.ok && JSON.parse(json ?? "")).toEqual(expected.ok && expected.nodes[0]);
  });

  it("writes English link headings for an English article and no aside without links", () => {
    expect(articleHtml(fjellArticle({ language: "en" }))).toContain("<h2>Further reading</h2>");
    expect(articleHtml(fjellArticle({ internalLinks: [] }))).not.toContain("<aside>");
  });

  it("refuses an article without an absolute canonical URL or with broken JSON-LD", () => {
    expect(() => articleHtml(fjellArticle({ canonicalUrl: "/blog/x" }))).toThrow(/not an absolute http\(s\) URL/);
    expect(() => articleHtml(fjellArticle({ jsonLd: "[{" }))).toThrow(/JSON-LD cannot be exported/);
  });
});
