import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("sign-in callback path", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/nordlicht/review?x=1")).toBe("/nordlicht/review?x=1");
    expect(safeCallbackPath("/nordlicht/assets?q=red%20jacket")).toBe("/nordlicht/assets?q=red%20jacket");
  });
  it("refuses other hosts and anything that is not a path", () => {
    for (const value of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", null]) {
      expect(safeCallbackPath(value), String(value)).toBe("/");
    }
  });
  it("refuses paths a browser turns into another host by dropping tabs and line breaks", () => {
    for (const value of ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/\u0000/x"]) {
      expect(safeCallbackPath(value), JSON.stringify(value)).toBe("/");
    }
  });
});
