import { describe, expect, it } from "vitest";
import type { Email } from "@/lib/assets/schemas/email";
import { validateAsset } from "./validate-asset";
import { checkEmail, EMAIL_LIMITS } from "./email";
import { cited, context, email, textOfLength } from "@/lib/testing/assets/validate-fixtures";

const summary = (value: Email) => checkEmail(value).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);
const section = (heading: string, body: string) => ({ heading: cited(heading), body: cited(body) });
const words = (count: number) => Array.from({ length: count }, () => "Wort").join(" ");

describe("checkEmail", () => {
  it("accepts the fixture e-mail, and the whole validator finds nothing either", () => {
    expect(summary(email())).toEqual([]);
    expect(validateAsset(email(), context()).issues).toEqual([]);
  });

  it.each([
    [50, []],
    [51, ["warning:email.subject.length@subject.text"]],
    [78, ["warning:email.subject.length@subject.text"]],
    [79, ["error:email.subject.max_length@subject.text"]],
  ])("subject of %i characters", (length, expected) => {
    expect(summary(email({ subject: cited(textOfLength(length)) }))).toEqual(expected);
  });

  it("counts the subject as a reader does: 50 umlauts are 50 characters", () => {
    expect(summary(email({ subject: cited(textOfLength(50, "u\u0308")) }))).toEqual([]);
  });

  it.each([
    [90, []],
    [91, ["warning:email.preheader.length@preheader.text"]],
    [100, ["warning:email.preheader.length@preheader.text"]],
    [101, ["error:email.preheader.max_length@preheader.text"]],
  ])("preheader of %i characters", (length, expected) => {
    expect(summary(email({ preheader: cited(textOfLength(length)) }))).toEqual(expected);
  });

  it("names the hard limit and the actual length", () => {
    const [issue] = checkEmail(email({ subject: cited(textOfLength(79)) }));
    expect(issue?.message).toBe("Subject is 79 characters; the platform allows at most 78.");
  });

  it("requires subject and preheader", () => {
    expect(summary(email({ subject: cited(" "), preheader: cited("") }))).toEqual(["error:email.subject.empty@subject.text", "error:email.preheader.empty@preheader.text"]);
  });

  it.each([
    [0, ["error:email.sections.too_few@sections"]],
    [1, []],
    [6, []],
    [7, ["error:email.sections.too_many@sections"]],
  ])("%i sections", (count, expected) => {
    const sections = Array.from({ length: count }, (_, index) => section(`Abschnitt ${index + 1}`, "Die Jacke ist leicht."));
    expect(summary(email({ sections }))).toEqual(expected);
  });

  it("warns above 150 words of section text, not at 150, and requires text and heading", () => {
    expect(summary(email({ sections: [section("Leicht", words(EMAIL_LIMITS.sectionWords))] }))).toEqual([]);
    expect(summary(email({ sections: [section("Leicht", words(EMAIL_LIMITS.sectionWords + 1))] }))).toEqual(["warning:email.section.body.words@sections[0].body.text"]);
    expect(summary(email({ sections: [section("", " ")] }))).toEqual(["error:email.section.heading.empty@sections[0].heading.text", "error:email.section.body.empty@sections[0].body.text"]);
  });

  it("warns above 80 characters of heading, not at 80", () => {
    expect(summary(email({ sections: [section(textOfLength(80), "Leicht.")] }))).toEqual([]);
    expect(summary(email({ sections: [section(textOfLength(81), "Leicht.")] }))).toEqual(["warning:email.section.heading.length@sections[0].heading.text"]);
  });

  it("warns above 30 characters of button label, not at 30, and requires one", () => {
    expect(summary(email({ callToAction: textOfLength(30) }))).toEqual([]);
    expect(summary(email({ callToAction: textOfLength(31) }))).toEqual(["warning:email.cta.length@callToAction"]);
    expect(summary(email({ callToAction: "" }))).toEqual(["error:email.cta.empty@callToAction"]);
  });

  it("refuses a number in the button label: it cites nothing that could back it", () => {
    expect(summary(email({ callToAction: "20 % sparen" }))).toEqual(["error:email.cta.number@callToAction"]);
  });

  it("requires a footer with an unsubscribe link or merge tag", () => {
    expect(summary(email({ footer: "" }))).toEqual(["error:email.footer.empty@footer"]);
    expect(summary(email({ footer: "Fjell GmbH, Hafenstraße 1, 20457 Hamburg" }))).toEqual(["error:email.footer.unsubscribe@footer"]);
    expect(summary(email({ footer: "Fjell GmbH · Abmelden: *|UNSUB|*" }))).toEqual([]);
    expect(summary(email({ footer: "Fjell GmbH · https://shop.example/newsletter/abmelden?id=1" }))).toEqual([]);
  });

  it("checks the final URL and UTM", () => {
    expect(summary(email({ finalUrl: "fjell", utm: { ...email().utm, medium: "E Mail" } }))).toEqual(["error:final_url.invalid@finalUrl", "error:utm.medium.format@utm.medium"]);
  });
});

describe("validateAsset on an e-mail", () => {
  it("grounds subject, preheader and sections but not the button or the footer", () => {
    const report = validateAsset(email({ preheader: cited("Nur 299 g schwer."), footer: "Fjell GmbH, 20457 Hamburg. Abmelden: {{unsubscribe_url}}" }), context());
    expect(report.issues.map((issue) => `${issue.rule}@${issue.path}`)).toEqual(["grounding.unsupported_number@preheader.text"]);
  });

  it("applies banned terms to every visible text, the footer and button included", () => {
    const rules = { ...context().brandRules, bannedTerms: [{ term: "Schnäppchen", reason: null }] };
    const report = validateAsset(email({ callToAction: "Zum Schnäppchen", footer: "Schnäppchen-Versand GmbH. Abmelden: {{unsubscribe_url}}" }), context({ brandRules: rules }));
    expect(report.issues.map((issue) => `${issue.rule}@${issue.path}`)).toEqual(["brand.banned_term@callToAction", "brand.banned_term@footer"]);
  });

  it("reports a subject cut mid-clause", () => {
    const report = validateAsset(email({ subject: cited("Die Fjell Regenjacke für") }), context());
    expect(report.issues.map((issue) => `${issue.rule}@${issue.path}`)).toEqual(["text.fragment@subject.text"]);
  });
});
