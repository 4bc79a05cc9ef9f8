import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("sign-in callback path", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/nordlicht/review?x=1")).toBe("/nordlicht/review?x=1");
  });
  it("refuses other hosts and anything that is not a path", () => {
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", null]) {
      expect(safeCallbackPath(value), String(value)).toBe("/");
    }
  });
});
