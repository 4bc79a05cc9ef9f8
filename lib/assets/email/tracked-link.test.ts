import { describe, expect, it } from "vitest";
import { emailButtonUrl } from "./tracked-link";

const utm = { source: "newsletter", medium: "email", campaign: "pendeln", content: "button", term: null };

describe("emailButtonUrl", () => {
  it("adds the UTM parameters to an absolute http(s) URL", () => {
    const link = emailButtonUrl({ finalUrl: "https://nordlicht.example/pendeln", utm });
    expect(link).not.toBeNull();
    expect(new URL(link!).searchParams.get("utm_campaign")).toBe("pendeln");
    expect(new URL(link!).origin).toBe("https://nordlicht.example");
  });

  it("gives no link for a URL that is not http(s), even one URL.canParse accepts", () => {
    for (const finalUrl of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "mailto:team@nordlicht.example"]) {
      expect(URL.canParse(finalUrl)).toBe(true);
      expect(emailButtonUrl({ finalUrl, utm })).toBeNull();
    }
    expect(emailButtonUrl({ finalUrl: "/pendeln", utm })).toBeNull();
  });
});
