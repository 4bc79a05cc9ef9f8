import { describe, expect, it } from "vitest";
import { article, cited, paragraph } from "@/lib/testing/assets/validate-fixtures";
import { articleFootnotes, footnoteMarkers } from "./article-footnotes";

describe("articleFootnotes", () => {
  const body = article({
    lead: cited("Leicht.", ["chk_b"]),
    sections: [{ heading: cited("Pflege", ["chk_heading_only"]), paragraphs: [paragraph("Waschen.", ["chk_a", "chk_b"]), paragraph("Neu.", ["chk_new"])] }],
  });

  it("numbers as the card's source list does and lists only what the prose cites", () => {
    const { numbers, footnotes } = articleFootnotes(body, ["chk_a", "chk_b", "chk_unused"]);
    expect(footnoteMarkers(body.sections[0]!.paragraphs[0]!.citations, numbers)).toBe("[1][2]");
    // Not among the sources (still streaming): numbered after them.
    expect(footnoteMarkers(["chk_new", "chk_new"], numbers)).toBe("[4]");
    expect(footnotes).toEqual([
      { chunkId: "chk_a", number: 1 },
      { chunkId: "chk_b", number: 2 },
      { chunkId: "chk_new", number: 4 },
    ]);
  });

  it("numbers by first appearance without a source list", () => {
    expect(articleFootnotes(body, []).footnotes.map((footnote) => footnote.chunkId)).toEqual(["chk_b", "chk_a", "chk_new"]);
  });
});
