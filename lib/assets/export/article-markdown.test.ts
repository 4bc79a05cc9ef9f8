import { describe, expect, it } from "vitest";
import { fjellArticle } from "@/lib/testing/assets/export-fixtures";
import { articleMarkdown, escapeMarkdown } from "./article-markdown";

describe("escapeMarkdown", () => {
  it.each([
    ["<b>Fett</b>", "\\<b\\>Fett\\</b\\>"],
    ["*nicht* _so_ `code`", "\\*nicht\\* \\_so\\_ \\`code\\`"],
    ["[hier](javascript:alert(1))", "\\[hier\\](javascript:alert(1))"],
    ["Pflege & Reparatur | ~alt~", "Pflege \\& Reparatur \\| \\~alt\\~"],
    ["# Trocknen", "\\# Trocknen"],
    ["- Danach", "\\- Danach"],
    ["+ Danach", "\\+ Danach"],
    ["1. Schritt", "1\\. Schritt"],
    ["2) Schritt", "2\\) Schritt"],
    ["Ab 30 °C - nicht mehr", "Ab 30 °C - nicht mehr"],
    ["eine\nZeile", "eine Zeile"],
    ["C:\\Pfad", "C:\\\\Pfad"],
  ])("escapes %j as %j", (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe("articleMarkdown", () => {
  const markdown = articleMarkdown(fjellArticle());

  it("starts with YAML front matter whose values are JSON strings", () => {
    const [, frontMatter] = markdown.split("---\n");
    expect(frontMatter).toBe(
      [
        'title: "Hardshell-Jacke waschen: „wetterfest“ & trocken"',
        'description: "So wäschst du die Fjell bei 30 °C. \\"Dicht\\" heißt bei uns <20.000 mm> nie."',
        'slug: "hardshell-jacke-waschen"',
        'canonical: "https://nordlicht.example/blog/hardshell-jacke-waschen"',
        'lang: "de"',
        "",
      ].join("\n"),
    );
  });

  it("writes H1, lead, one H2 per section and escaped paragraphs", () => {
    const body = markdown.slice(markdown.indexOf("# Hardshell"));
    expect(body).toBe(
      [
        "# Hardshell-Jacke waschen \\& imprägnieren",
        "Eine Hardshell-Jacke braucht Pflege. \\<b\\>Fett\\</b\\> wird sie nie: \\*nicht\\* hier.",
        "## Waschen bei 30 °C",
        "1\\. Schließe alle Reißverschlüsse. Dann \\[hier\\](javascript:alert(1)) weiter.",
        "## \\# Trocknen",
        "\\- Danach geht es ans Trocknen.",
        "Trockne sie bei niedriger Temperatur, damit die Imprägnierung hält.",
        "## Weiterlesen",
        "- [Pflege \\& Reparatur](<https://nordlicht.example/pflege?a=1&b=2>)",
      ].join("\n\n") + "\n",
    );
  });

  it("links only http(s) targets, in angle brackets with < > and spaces encoded", () => {
    expect(markdown).not.toContain("Böser Link");
    const odd = articleMarkdown(fjellArticle({ internalLinks: [{ url: "https://nordlicht.example/a b<c>", anchorText: "Seite", citations: [] }] }));
    expect(odd).toContain("- [Seite](<https://nordlicht.example/a%20b%3Cc%3E>)");
  });
});
