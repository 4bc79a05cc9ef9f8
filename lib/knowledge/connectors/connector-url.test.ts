import { describe, expect, it } from "vitest";
import { maskUrlSecrets } from "./connector-url";

describe("maskUrlSecrets", () => {
  it("replaces the whole query string, names included", () => {
    expect(maskUrlSecrets("https://shop.example/feed.csv?token=s3cr3t&format=csv")).toBe("https://shop.example/feed.csv?…");
    // A bare key is no parameter name: it must not be shown as one.
    const bare = maskUrlSecrets("https://shop.example/feed.csv?9f8e7d6c5b4a");
    expect(bare).toBe("https://shop.example/feed.csv?…");
    expect(bare).not.toMatch(/9f8e/);
  });

  it("drops userinfo and a fragment", () => {
    const masked = maskUrlSecrets("https://feeds:p4ss@shop.example/export#access_token=abc");
    expect(masked).toBe("https://shop.example/export");
    expect(masked).not.toMatch(/feeds|p4ss|abc/);
  });

  it("leaves a URL without secrets as it is, and shows nothing of what is not a URL", () => {
    expect(maskUrlSecrets("https://www.brand.example/blog/")).toBe("https://www.brand.example/blog/");
    expect(maskUrlSecrets("https://www.brand.example:8443/blog/")).toBe("https://www.brand.example:8443/blog/");
    expect(maskUrlSecrets("not a url ?token=x")).toBe("…");
  });
});
