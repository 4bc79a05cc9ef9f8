import { describe, expect, it } from "vitest";
import { extractSentences } from "./source-sentences";

const source = (id: string, title: string, text: string) => ({ id, title, version: 1, section: null, url: null, text });

describe("extractSentences", () => {
  it("reads markdown as a reader sees it: headings name sections, list items become sentences, links keep their text", () => {
    const { sentences } = extractSentences(
      [source("c1", "care.md", "# Washing\n- Close all **zips** before washing\n- Use a [technical detergent](https://x.example/d)\n\nSee https://x.example for more.")],
      new Map(),
    );
    expect(sentences.map((sentence) => [sentence.text, sentence.heading])).toEqual([
      ["Close all zips before washing.", "Washing"],
      ["Use a technical detergent.", "Washing"],
    ]);
  });

  it("skips the fragments a chunk window cuts at either end", () => {
    const { sentences } = extractSentences([source("c1", "About", "since 1998 in Tromsø. We repair what we sell. Every jacket is made for")], new Map());
    expect(sentences.map((sentence) => sentence.text)).toEqual(["We repair what we sell."]);
  });

  it("pairs a source's questions with the statements that answer them", () => {
    const { faqs } = extractSentences([source("c1", "FAQ", "## Can I iron the jacket?\nNo, heat can damage the membrane.\n## Is it PFC-free?\nYes, the finish is PFC-free.")], new Map());
    expect(faqs.map((faq) => [faq.question.text, faq.answer.map((sentence) => sentence.text)])).toEqual([
      ["Can I iron the jacket?", ["No, heat can damage the membrane."]],
      ["Is it PFC-free?", ["Yes, the finish is PFC-free."]],
    ]);
  });

  it("never takes copy from a brand voice or style guide", () => {
    const { sentences } = extractSentences([source("c1", "Brand voice guide", "Never call the jacket cheap. Write calmly.")], new Map());
    expect(sentences).toEqual([]);
    expect(extractSentences([source("c2", "Care guidelines", "Wash the jacket at 30 °C.")], new Map()).sentences).toHaveLength(1);
  });
});
