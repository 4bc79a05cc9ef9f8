import { describe, expect, it } from "vitest";
import { EMAIL_LIMITS } from "@/lib/assets/validate/email";
import { hasUnsubscribeLink } from "@/lib/assets/email/unsubscribe";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { writeEmail } from "./email-writer";
import { DISCLAIMER, briefFor, contextFor, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("writeEmail", () => {
  it("writes the product with its price as subject, the best sentence as preheader, and sections by topic", () => {
    const mail = writeEmail(inputFor(briefFor("email", "en"), sourcesFor("en")));
    expect(mail.subject.text).toBe("Fjell 3L Hardshell Jacket from €349");
    expect(mail.preheader.text).toBe("The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain.");
    expect(mail.sections.map((section) => section.heading.text)).toEqual(["Fjell 3L Hardshell Jacket at a glance", "Materials and features", "About Nordlicht", "Care guide"]);
    expect(mail.sections[0]!.body.citations).toEqual(["chk_product_en"]);
    expect(mail.callToAction).toBe("See it now");
    expect(visibleLength(mail.subject.text)).toBeLessThanOrEqual(EMAIL_LIMITS.subject.softMax);
    expect(visibleLength(mail.preheader.text)).toBeLessThanOrEqual(EMAIL_LIMITS.preheader.softMax);
  });

  it("does not repeat the preheader's sentence in the body", () => {
    const mail = writeEmail(inputFor(briefFor("email", "en"), sourcesFor("en")));
    expect(mail.sections.some((section) => section.body.text.includes(mail.preheader.text))).toBe(false);
  });

  it("puts the disclaimer as the last section's closing paragraph", () => {
    const mail = writeEmail(inputFor(briefFor("email", "de"), sourcesFor("de")));
    expect(mail.sections.at(-1)!.body.text.endsWith(`\n\n${DISCLAIMER.de}`)).toBe(true);
  });

  it("writes German copy, a German button and a footer in the copy's du", () => {
    const mail = writeEmail(inputFor(briefFor("email", "de"), sourcesFor("de")));
    expect(mail.subject.text).toBe("Fjell 3L Hardshelljacke ab 349\u00a0€");
    expect(mail.callToAction).toBe("Jetzt ansehen");
    expect(mail.footer).toBe("Du erhältst diese E-Mail, weil du Neuigkeiten von Nordlicht abonniert hast. Abmelden: {{unsubscribe_url}}");
  });

  it("copies the brand's own footer word for word", () => {
    const brief = briefFor("email", "en");
    const footer = "Nordlicht Outdoor AS, Storgata 1, 9008 Tromsø.\nUnsubscribe: {{unsubscribe_url}}";
    const mail = writeEmail(inputFor({ ...brief, brandRules: { ...brief.brandRules, emailFooter: { en: footer } } }, sourcesFor("en")));
    expect(mail.footer).toBe(footer);
    expect(hasUnsubscribeLink(mail.footer)).toBe(true);
  });

  it("picks the button by the goal's intent; a newsletter in the goal is the channel, not the click", () => {
    const brief = briefFor("email", "en", { goal: "Sign-ups for the repair workshop" });
    expect(writeEmail(inputFor(brief, sourcesFor("en"))).callToAction).toBe("Sign up now");
    const newsletter = briefFor("email", "de", { goal: "Klicks aus dem Frühjahrs-Newsletter auf die Produktseite" });
    expect(writeEmail(inputFor(newsletter, sourcesFor("de"))).callToAction).toBe("Jetzt ansehen");
    const topic = briefFor("email", "de", { product: null, topic: "Hardshell pflegen", goal: "Vertrauen in die Haltbarkeit" });
    expect(writeEmail(inputFor(topic, sourcesFor("de"))).callToAction).toBe("Mehr erfahren");
  });

  it("puts the offer the goal names into the subject when a source states its code", () => {
    const sources = [...sourcesFor("en"), { id: "chk_offer", title: "Autumn sale", version: 1, section: null, url: null, text: "Save 15 % on all hardshells with code AUTUMN15." }];
    const brief = briefFor("email", "en", { goal: "Sell hardshells with code AUTUMN15" });
    const mail = writeEmail(inputFor(brief, sources));
    expect(mail.subject.text).toMatch(/: Code AUTUMN15$/);
    expect(visibleLength(mail.subject.text)).toBeLessThanOrEqual(EMAIL_LIMITS.subject.softMax);
    expect(validateAsset(mail, contextFor(brief, sources)).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("writes another variant with other sentences leading", () => {
    const first = writeEmail(inputFor(briefFor("email", "en"), sourcesFor("en")));
    const second = writeEmail(inputFor(briefFor("email", "en", { variant: 1 }), sourcesFor("en")));
    expect(second.preheader.text).not.toBe(first.preheader.text);
    expect(second.sections.map((section) => section.body.text)).not.toEqual(first.sections.map((section) => section.body.text));
  });
});

describe("writeEmail for a topic named like a campaign", () => {
  it("drops the one-word label before a colon from the subject and headings", () => {
    const brief = briefFor("email", "de", { product: null, topic: "Pflegeaktion: Hardshell richtig waschen", goal: "Vertrauen in die Haltbarkeit" });
    const mail = writeEmail(inputFor(brief, sourcesFor("de")));
    const lines = [mail.subject.text, ...mail.sections.map((section) => section.heading.text)];
    expect(lines.filter((line) => /^[\p{L}-]+:\s/u.test(line))).toEqual([]);
    expect(mail.subject.text).toBe("Hardshell richtig waschen");
  });
});

describe("writeEmail for a long topic in two halves", () => {
  it("takes the half that reads whole rather than cutting the topic mid-phrase", () => {
    const brief = briefFor("email", "en", { product: null, topic: "How to care for a hardshell: washing and drying it at home", goal: "Trust in durability" });
    const mail = writeEmail(inputFor(brief, sourcesFor("en")));
    expect(mail.subject.text).toBe("How to care for a hardshell");
  });
});
