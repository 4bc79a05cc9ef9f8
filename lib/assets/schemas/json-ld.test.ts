import { describe, expect, it } from "vitest";
import { parseJsonLd, serializeJsonLd } from "./json-ld";

describe("parseJsonLd", () => {
  it("parses an array of objects", () => {
    const result = parseJsonLd('[{"@type":"Product","name":"Fjell"},{"@type":"Organization"}]');
    expect(result).toEqual({ ok: true, nodes: [{ "@type": "Product", name: "Fjell" }, { "@type": "Organization" }] });
  });
  it("wraps a single object", () => {
    expect(parseJsonLd('{"@type":"Product"}')).toEqual({ ok: true, nodes: [{ "@type": "Product" }] });
  });
  it("treats an empty string as no structured data", () => {
    expect(parseJsonLd("  ")).toEqual({ ok: true, nodes: [] });
  });
  it("reports invalid JSON", () => {
    const result = parseJsonLd('[{"@type": "Product",}]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not valid JSON/);
  });
  it("rejects items that are not objects", () => {
    expect(parseJsonLd('[{"@type":"Product"}, 3]')).toEqual({ ok: false, error: "item 2 is not a JSON object" });
  });
  it("round-trips through serializeJsonLd", () => {
    const nodes = [{ "@context": "https://schema.org", "@type": "Product", name: "Fjell" }];
    expect(parseJsonLd(serializeJsonLd(nodes))).toEqual({ ok: true, nodes });
  });
});
