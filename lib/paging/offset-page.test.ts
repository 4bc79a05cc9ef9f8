import { describe, expect, it } from "vitest";
import { pageWindow, parsePageParam, toPage } from "./offset-page";

describe("offset paging", () => {
  it("reads ?page= as a page from 1 and treats anything else as the first page", () => {
    expect(parsePageParam("3")).toBe(3);
    expect(parsePageParam(["2", "9"])).toBe(2);
    for (const bad of [undefined, "", "0", "-1", "abc", "1.5", "999999"]) expect(parsePageParam(bad)).toBe(1);
  });

  it("asks for one row more than a page and cuts it off to tell whether an older page exists", () => {
    expect(pageWindow({ page: 3, pageSize: 25 })).toEqual({ limit: 26, offset: 50 });
    expect(toPage([1, 2, 3], { page: 2, pageSize: 2 })).toEqual({ rows: [1, 2], page: 2, pageSize: 2, hasNewer: true, hasOlder: true });
    expect(toPage([1], { page: 1, pageSize: 2 })).toMatchObject({ rows: [1], hasNewer: false, hasOlder: false });
  });
});
