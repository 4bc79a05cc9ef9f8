import { describe, expect, it } from "vitest";
import { effectiveRole, guessSourceRole, isFactBearing, isGuideRole, isInternalNote } from "./source-roles";

describe("guessSourceRole", () => {
  it.each([
    ["brand-guide-en.md", "brand_voice"],
    ["Styleguide 2026.pdf", "brand_voice"],
    ["Markenleitfaden_DE.md", "brand_voice"],
    ["brand-voice.txt", "brand_voice"],
    ["writing guide.md", "brand_voice"],
    ["policies.md", "policy"],
    ["versand-und-rueckgabe.html", "policy"],
    ["Returns.md", "policy"],
    ["AGB.pdf", "policy"],
    ["service-faq.md", "policy"],
    ["campaign-brief.md", "campaign"],
    // Words that mark a document internal win over campaign, policy and guide words: a wrong guess keeps text private.
    // Bare "notes" loses to a role word: campaign notes carry the offer, and the writers leave their instructions out.
    ["campaign-notes.md", "campaign"],
    ["notes.md", "internal_note"],
    ["summer-sale-internal-notes.md", "internal_note"],
    ["Launch Memo.docx", "internal_note"],
    ["promo-meeting-protokoll.md", "internal_note"],
    ["returns-policy-internal.md", "internal_note"],
    ["Kampagne_Herbst.md", "campaign"],
    ["Herbstkampagne.md", "campaign"],
    ["team notes.txt", "internal_note"],
    ["Interne Hinweise.md", "internal_note"],
    ["size-guide.md", "published_page"],
    ["Pflegeanleitung.md", "published_page"],
    ["about-us.html", "published_page"],
  ])("%s → %s", (fileName, role) => {
    expect(guessSourceRole({ fileName })).toBe(role);
  });

  it("reads the first heading when the file name says nothing", () => {
    expect(guessSourceRole({ fileName: "upload-17.md", text: "\n# Markenleitfaden Nordwind\n\nWir schreiben klar." })).toBe("brand_voice");
    expect(guessSourceRole({ fileName: "doc.md", text: "Shipping and returns\n\nWe ship in 2 days." })).toBe("policy");
    expect(guessSourceRole({ title: "Interne Notizen zur Saison", text: "…" })).toBe("internal_note");
  });

  it("defaults to a published page", () => {
    expect(guessSourceRole({ fileName: "x.md", text: "Our story began in a small workshop." })).toBe("published_page");
  });
});

describe("role rules", () => {
  it("treats legacy `other` as a published page with facts", () => {
    expect(effectiveRole("other")).toBe("published_page");
    expect(isFactBearing("other")).toBe(true);
  });
  it("keeps guides and internal notes out of facts", () => {
    for (const role of ["product", "policy", "campaign", "published_page"]) expect(isFactBearing(role)).toBe(true);
    expect(isFactBearing("brand_voice")).toBe(false);
    expect(isFactBearing("internal_note")).toBe(false);
    expect(isGuideRole("brand_voice")).toBe(true);
    expect(isInternalNote("internal_note")).toBe(true);
  });
});
