import { describe, expect, it } from "vitest";
import { hasQueueFilters, parseQueueFilters } from "./queue-params";

describe("parseQueueFilters", () => {
  it("reads every filter from the URL", () => {
    expect(parseQueueFilters({ kind: "google-rsa", language: "de", validation: "invalid", author: "usr_1", product: "src_9" })).toEqual({
      kind: "google-rsa",
      language: "de",
      validation: "invalid",
      authorId: "usr_1",
      productSourceId: "src_9",
    });
  });

  it("ignores unknown, empty and repeated values instead of failing", () => {
    const filters = parseQueueFilters({ kind: "tiktok", language: "fr", validation: "", author: ["a", "b"], product: "  " });
    expect(filters).toEqual({});
    expect(hasQueueFilters(filters)).toBe(false);
  });
});
