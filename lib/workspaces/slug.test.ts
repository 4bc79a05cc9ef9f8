import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugProblem, RESERVED_WORKSPACE_SLUGS, suggestSlug, workspaceSlugSchema } from "./slug";

/** Top-level URL segments the app serves: folders under app/ and its route groups, minus dynamic ones. */
function topLevelRouteSegments(): string[] {
  const appDir = path.resolve("app");
  const segments: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      if (/^\(.+\)$/.test(entry.name)) visit(path.join(dir, entry.name));
      else if (!entry.name.startsWith("[") && !entry.name.startsWith("_")) segments.push(entry.name);
    }
  };
  visit(appDir);
  return segments;
}

describe("workspace slugs", () => {
  it("accepts lower-case letters, digits and inner dashes of 2–40 characters", () => {
    for (const slug of ["ab", "brand-b", "nordlicht-2026", "a".repeat(40)]) expect(slugProblem(slug), slug).toBeNull();
  });

  it("refuses other shapes", () => {
    for (const slug of ["a", "a".repeat(41), "Brand", "brand_b", "-brand", "brand-", "bra--nd", "brand b", "bränd", "../x"]) {
      expect(slugProblem(slug), slug).not.toBeNull();
    }
  });

  it("reserves every top-level route of the app, so no workspace is shadowed by one", () => {
    const routes = topLevelRouteSegments();
    expect(routes).toContain("api");
    expect(routes).toContain("login");
    for (const route of routes) expect(RESERVED_WORKSPACE_SLUGS.has(route), `app/**/${route} is not reserved`).toBe(true);
    for (const route of ["setup", "instance", "login", "api", "invite", "forgot-password", "reset-password", "_next"]) {
      expect(slugProblem(route), route).not.toBeNull();
    }
  });

  it("reports problems through the zod schema used by the forms", () => {
    expect(workspaceSlugSchema.safeParse(" setup ").success).toBe(false);
    expect(workspaceSlugSchema.parse(" brand-b ")).toBe("brand-b");
  });

  it("suggests a valid slug from a workspace name", () => {
    expect(suggestSlug("Waldkaffee Rösterei")).toBe("waldkaffee-rosterei");
    expect(suggestSlug("  Straße & Co. ")).toBe("strasse-co");
    expect(slugProblem(suggestSlug("Nordlicht Outdoor GmbH"))).toBeNull();
  });
});
