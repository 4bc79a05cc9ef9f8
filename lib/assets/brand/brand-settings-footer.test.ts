import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BrandSettingsInputSchema } from "./brand-settings";
import { englishIssueMessage } from "@/lib/i18n/validation-messages";

const input = (emailFooter: unknown) => ({
  siteUrl: "https://nordlicht.example",
  languages: ["de", "en"],
  rules: { bannedTerms: [], preferredTerms: [], requiredDisclaimers: [], toneNotes: null, emailFooter },
});

describe("the brand settings' e-mail footer", () => {
  it("keeps a footer with an unsubscribe merge tag and stores an empty one as unset", () => {
    const parsed = BrandSettingsInputSchema.parse(input({ de: " Nordlicht GmbH, Hamburg. Abmelden: {{unsubscribe_url}} ", en: "" }));
    expect(parsed.rules.emailFooter).toEqual({ de: "Nordlicht GmbH, Hamburg. Abmelden: {{unsubscribe_url}}", en: null });
  });

  it("refuses a footer without an unsubscribe link, saying what to add", () => {
    const result = BrandSettingsInputSchema.safeParse(input({ de: "Nordlicht GmbH, Hamburg", en: "" }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map(englishIssueMessage).join("\n")).toMatch(/needs an unsubscribe link: add the merge tag \{\{unsubscribe_url\}\}/);
    expect(result.error!.issues[0]?.path).toEqual(["rules", "emailFooter", "de"]);
  });

  it("accepts rules saved before the footer existed", () => {
    expect(BrandSettingsInputSchema.parse(input(undefined)).rules.emailFooter).toBeUndefined();
  });
});
