import { describe, expect, it } from "vitest";
import { forbiddenMessageFor } from "./forbidden-message";

describe("403 page sentence", () => {
  it("speaks of instance owners on instance pages", () => {
    expect(forbiddenMessageFor("/instance/workspaces")).toBe("instance");
    expect(forbiddenMessageFor("/instance")).toBe("instance");
  });
  it("speaks of the workspace role elsewhere, also when the path is unknown", () => {
    for (const path of ["/nordlicht/admin/members", "/instances-of-brand/review", "/nordlicht?x=/instance/", null]) {
      expect(forbiddenMessageFor(path), String(path)).toBe("workspace");
    }
  });
});
