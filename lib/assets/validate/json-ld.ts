import { isJsonObject, parseJsonLd, type JsonLdNode } from "@/lib/assets/schemas/json-ld";
import { error, joinPath, quote, warning } from "./issues";
import { JSON_LD_TYPE_CHECKS } from "./json-ld-types";
import type { ValidationIssue } from "./types";

const SCHEMA_ORG_CONTEXTS = new Set(["https://schema.org", "http://schema.org", "https://schema.org/", "http://schema.org/"]);

/**
 * Checks the `jsonLd` string against Google's documented structured-data requirements for the
 * types we generate. Paths point into the parsed array (`jsonLd[0].offers.price`) so a model can
 * fix the exact property even though the field itself is one string.
 */
export function checkJsonLd(json: string, path = "jsonLd"): ValidationIssue[] {
  const parsed = parseJsonLd(json);
  if (!parsed.ok) return [error(path, "jsonld.invalid_json", `The JSON-LD is unusable: ${parsed.error}. Provide a JSON array of schema.org objects, or "[]".`)];
  return parsed.nodes.flatMap((node, index) => checkTopLevelNode(node, joinPath(path, index)));
}

function checkTopLevelNode(node: JsonLdNode, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!hasSchemaOrgContext(node["@context"])) {
    issues.push(error(joinPath(path, "@context"), "jsonld.context.invalid", `JSON-LD item needs "@context": "https://schema.org"; it has ${describeValue(node["@context"])}.`, { code: "jsonLdContext", params: { actual: describeValue(node["@context"]) } }));
  }
  const graph = node["@graph"];
  if (Array.isArray(graph)) {
    // Nodes inside @graph inherit the context of their container.
    graph.forEach((item, index) => {
      const itemPath = joinPath(joinPath(path, "@graph"), index);
      if (isJsonObject(item)) issues.push(...checkTypedNode(item, itemPath));
      else issues.push(error(itemPath, "jsonld.not_object", "Every @graph entry must be a JSON object.", { code: "jsonLdGraphEntry" }));
    });
    return issues;
  }
  return [...issues, ...checkTypedNode(node, path)];
}

function checkTypedNode(node: JsonLdNode, path: string): ValidationIssue[] {
  const types = typesOf(node["@type"]);
  if (types.length === 0) return [error(joinPath(path, "@type"), "jsonld.type.missing", 'JSON-LD item has no "@type"; Google cannot use it.', { code: "jsonLdTypeMissing" })];
  const issues: ValidationIssue[] = [];
  for (const type of types) {
    const check = JSON_LD_TYPE_CHECKS.get(type);
    if (check) issues.push(...check(node, path));
    else {
      issues.push(warning(joinPath(path, "@type"), "jsonld.type.unknown", `JSON-LD type ${quote(type)} is not one Brandpilot checks (${[...JSON_LD_TYPE_CHECKS.keys()].join(", ")}); verify it in Google's Rich Results Test.`, { code: "jsonLdTypeUnknown", params: { type, checked: [...JSON_LD_TYPE_CHECKS.keys()].join(", ") } }));
    }
  }
  return issues;
}

function hasSchemaOrgContext(context: unknown): boolean {
  if (typeof context === "string") return SCHEMA_ORG_CONTEXTS.has(context);
  if (Array.isArray(context)) return context.some((entry) => typeof entry === "string" && SCHEMA_ORG_CONTEXTS.has(entry));
  return false;
}

function typesOf(type: unknown): string[] {
  if (typeof type === "string" && type.trim() !== "") return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === "string" && entry.trim() !== "");
  return [];
}

function describeValue(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
