import { describe, expect, it } from "vitest";
import { pageHref } from "./pager";

describe("pager links", () => {
  it("keep every filter and change only the page; the first page has no page parameter", () => {
    expect(pageHref({ q: "jacke", state: "published", page: "2" }, 3)).toBe("?q=jacke&state=published&page=3");
    expect(pageHref({ q: "jacke", page: "2" }, 1)).toBe("?q=jacke");
    expect(pageHref({ task: "", page: "2" }, 1)).toBe("?");
  });
});
