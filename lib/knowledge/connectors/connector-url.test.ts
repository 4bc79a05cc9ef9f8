import { describe, expect, it } from "vitest";
import { maskUrlSecrets } from "./connector-url";

describe("maskUrlSecrets", () => {
  it("hides query values, keeping the parameter names", () => {
    expect(maskUrlSecrets("https://shop.example/feed.csv?token=s3cr3t&format=csv")).toBe("https://shop.example/feed.csv?token=***&format=***");
    expect(maskUrlSecrets("https://shop.example/feed.csv?key")).toBe("https://shop.example/feed.csv?key=***");
  });

  it("hides userinfo and a fragment", () => {
    const masked = maskUrlSecrets("https://feeds:p4ss@shop.example/export#access_token=abc");
    expect(masked).toBe("https://***@shop.example/export#***");
    expect(masked).not.toMatch(/feeds|p4ss|abc/);
  });

  it("leaves a URL without secrets as it is, and shows nothing of what is not a URL", () => {
    expect(maskUrlSecrets("https://www.brand.example/blog/")).toBe("https://www.brand.example/blog/");
    expect(maskUrlSecrets("not a url ?token=x")).toBe("…");
  });
});
