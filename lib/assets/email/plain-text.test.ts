import { describe, expect, it } from "vitest";
import { cited, email } from "@/lib/testing/assets/validate-fixtures";
import { emailPlainText } from "./plain-text";

describe("emailPlainText", () => {
  it("derives the text part from the sections, the tracked button link and the footer", () => {
    expect(emailPlainText(email())).toBe(
      [
        "Leicht und wasserdicht",
        "----------------------",
        "",
        "Die Fjell Regenjacke wiegt 350 g und ist wasserdicht.",
        "",
        "Sie kostet 1.299,00 €.",
        "",
        "Pflege",
        "------",
        "",
        "Die Jacke bei 30 °C waschen. Versand mit DHL in 2 Tagen.",
        "",
        "Jetzt ansehen: https://shop.example/fjell?utm_source=newsletter&utm_medium=email&utm_campaign=fjell_launch_2026&utm_content=email_a",
        "",
        "--",
        "Fjell GmbH, Hafenstraße 1, 20457 Hamburg. Abmelden: {{unsubscribe_url}}",
        "",
      ].join("\n"),
    );
  });

  it("changes with an edited section, so the two parts cannot disagree", () => {
    const edited = email({ sections: [{ heading: cited("Neu"), body: cited("Die Jacke wiegt 350 g.") }] });
    expect(emailPlainText(edited)).toContain("Die Jacke wiegt 350 g.");
    expect(emailPlainText(edited)).not.toContain("Pflege");
  });

  it("keeps the landing page's own query and replaces stale UTM values", () => {
    const text = emailPlainText(email({ finalUrl: "https://shop.example/fjell?color=blue&utm_source=old" }));
    expect(text).toContain("https://shop.example/fjell?color=blue&utm_source=newsletter&utm_medium=email");
    expect(text).not.toContain("utm_source=old");
  });
});
