import { describe, expect, it } from "vitest";
import { isCurrentPath } from "./is-current-path";

describe("isCurrentPath", () => {
  it("marks the entry itself and pages below it", () => {
    expect(isCurrentPath("/demo/admin/audit", "/demo/admin/audit")).toBe(true);
    expect(isCurrentPath("/demo/admin/models/calls", "/demo/admin/models")).toBe(true);
  });

  it("does not mark an entry whose name merely starts the path", () => {
    expect(isCurrentPath("/demo/admin/members-former", "/demo/admin/members")).toBe(false);
    expect(isCurrentPath("/demo/admin", "/demo/admin/members")).toBe(false);
  });
});
