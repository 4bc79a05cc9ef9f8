import { describe, expect, it } from "vitest";
import { briefFor } from "@/lib/testing/assets/writer-fixtures";
import { buildInstructions } from "./prompt";

describe("buildInstructions for an e-mail", () => {
  it("hands the model the brand's footer word for word, and no other kind gets it", () => {
    const brief = briefFor("email", "en");
    const footer = "Nordlicht Outdoor AS, Storgata 1, Tromsø. Unsubscribe: {{unsubscribe_url}}";
    const instructions = buildInstructions({ ...brief, brandRules: { ...brief.brandRules, emailFooter: { en: footer } } });
    expect(instructions).toContain("a marketing e-mail");
    expect(instructions).toContain(`Use exactly this footer, word for word: ${JSON.stringify(footer)}`);
    expect(buildInstructions(briefFor("meta-ad", "en"))).not.toContain("footer");
  });

  it("falls back to the default footer with the unsubscribe merge tag", () => {
    expect(buildInstructions(briefFor("email", "de"))).toMatch(/Use exactly this footer, word for word: "Sie erhalten diese E-Mail, .*Nordlicht.*\{\{unsubscribe_url\}\}"/);
  });
});
