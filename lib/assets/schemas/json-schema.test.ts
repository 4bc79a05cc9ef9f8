import { describe, expect, it } from "vitest";
import { ASSET_KINDS } from "./asset";
import { assetJsonSchema } from "./json-schema";

type JsonObject = Record<string, unknown>;

const asObject = (value: unknown): JsonObject => value as JsonObject;

/** Walks every object schema, the way OpenAI's strict mode checks them. */
function objectSchemas(schema: unknown, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(schema)) schema.forEach((item) => objectSchemas(item, found));
  else if (schema && typeof schema === "object") {
    const node = asObject(schema);
    if (node.type === "object") found.push(node);
    Object.values(node).forEach((value) => objectSchemas(value, found));
  }
  return found;
}

describe("assetJsonSchema", () => {
  it.each(ASSET_KINDS)("gives %s an object root that strict structured output accepts", (kind) => {
    const schema = asObject(assetJsonSchema(kind));
    expect(schema.type).toBe("object");
    const objects = objectSchemas(schema);
    expect(objects.length).toBeGreaterThan(1);
    for (const object of objects) {
      expect(object.additionalProperties).toBe(false);
      expect([...(object.required as string[])].sort()).toEqual(Object.keys(asObject(object.properties)).sort());
    }
  });

  it("pins the kind to a single value", () => {
    const kind = asObject(asObject(assetJsonSchema("google-rsa").properties).kind);
    expect(kind.enum).toEqual(["google-rsa"]);
  });

  it("models optional values as nullable, not as missing", () => {
    const properties = asObject(assetJsonSchema("google-rsa").properties);
    expect(asObject(properties.path2).type).toEqual(["string", "null"]);
  });

  it("tells the model the limits in descriptions", () => {
    const properties = asObject(assetJsonSchema("google-rsa").properties);
    const headline = asObject(asObject(asObject(properties.headlines).items).properties);
    expect(asObject(headline.text).description).toMatch(/At most 30 characters/);
    expect(asObject(headline.pin).description).toMatch(/pinned/);
  });

  it("represents JSON-LD as a string", () => {
    const properties = asObject(assetJsonSchema("seo-page").properties);
    expect(asObject(properties.jsonLd).type).toBe("string");
  });

  it("gives feed copy its product id and a list of highlights (possibly empty), not an optional field", () => {
    const schema = asObject(assetJsonSchema("merchant-feed"));
    const properties = asObject(schema.properties);
    expect(asObject(properties.productId).description).toMatch(/productId in the brief/);
    expect(asObject(properties.highlights).type).toBe("array");
    expect(schema.required).toEqual(expect.arrayContaining(["productId", "title", "description", "highlights"]));
  });

  it("enumerates Meta's call-to-action types", () => {
    const properties = asObject(assetJsonSchema("meta-ad").properties);
    expect(asObject(properties.callToAction).enum).toContain("LEARN_MORE");
  });
});
