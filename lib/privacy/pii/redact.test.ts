import { describe, expect, it } from "vitest";
import { RedactionSession, concealPlaceholderValues, holdsPersonalData, placeholdersIn, redactText, restorePlaceholders, restorePlaceholdersDeep } from "./redact";
import { evaluatePiiRedaction, parsePiiTsv } from "./evaluate";

describe("redaction", () => {
  it("replaces each value with a typed placeholder, the same value with the same one", () => {
    const { text, placeholders } = redactText("Anna Schmidt (anna@example.de) und Kundin Anna Schmidt, IBAN de89 3704 0044 0532 0130 00 / DE89 3704 0044 0532 0130 00");
    expect(text).toBe("[PERSON_1] ([EMAIL_1]) und Kundin [PERSON_1], IBAN [IBAN_1] / [IBAN_1]");
    expect(placeholders.get("[PERSON_1]")).toBe("Anna Schmidt");
  });
  it("numbers placeholders across the texts of one session and maps them back", () => {
    const session = new RedactionSession();
    const a = session.redact("Ansprechpartner: Jonas Krüger, Tel. 0151-1234567");
    const b = session.redact("Bitte Jonas Krüger und Frau Weber nennen");
    expect(a.text).toBe("Ansprechpartner: [PERSON_1], Tel. [PHONE_1]");
    expect(b.text).toBe("Bitte [PERSON_1] und Frau [PERSON_2] nennen");
    expect(session.total).toBe(4);
    expect(restorePlaceholders("Kontakt: [PERSON_1] ([PHONE_1]), [UNKNOWN_9]", session.placeholders)).toBe("Kontakt: Jonas Krüger (0151-1234567), [UNKNOWN_9]");
  });
  it("maps a structured output back and conceals the values again for text going to a model", () => {
    const session = new RedactionSession();
    session.redact("Ansprechpartnerin: Anna Schmidt, Tel. 030 1234567");
    const output = { headlines: [{ text: "Ask [PERSON_1]", citations: ["chk_1"], pin: null }], phone: "[PHONE_1]", count: 3 };
    const restored = restorePlaceholdersDeep(output, session.placeholders);
    expect(restored).toEqual({ headlines: [{ text: "Ask Anna Schmidt", citations: ["chk_1"], pin: null }], phone: "030 1234567", count: 3 });
    expect(output.phone).toBe("[PHONE_1]");
    expect(concealPlaceholderValues('headlines[0].text "Ask Anna Schmidt" on 030 1234567', session.placeholders)).toBe('headlines[0].text "Ask [PERSON_1]" on [PHONE_1]');
  });
  it("never hands out a placeholder reserved by an earlier redaction of the same request", () => {
    const session = new RedactionSession({ reserved: placeholdersIn("Topic for [PERSON_1] and [PERSON_2], call [PHONE_1]") });
    expect(session.redact("Ansprechpartnerin: Anna Schmidt").text).toBe("Ansprechpartnerin: [PERSON_3]");
    expect(session.placeholders.get("[PERSON_3]")).toBe("Anna Schmidt");
  });
  it("reports residual personal data that scored too low to redact", () => {
    // A lone, unambiguous first name is redacted; an ambiguous one before an unknown word is not personal data.
    expect(redactText("Sarah hat angerufen").text).toBe("[PERSON_1] hat angerufen");
    expect(redactText("@trailjoe hat geschrieben").residual).toEqual([]);
    expect(holdsPersonalData("Max Komfort für lange Touren")).toBe(false);
    expect(holdsPersonalData("Gründer Jonas Brandt erzählt")).toBe(true);
  });
});

describe("evaluation", () => {
  it("counts values still present by type and keep values lost", () => {
    const expected = parsePiiTsv("line\ttype\tvalue\n1\tPERSON\tAnna Schmidt\n1\tEMAIL\tanna@example.de\n2\tPHONE\t030 / 123 45 67\n");
    const keep = parsePiiTsv("line\ttype\tvalue\n1\tPRODUCT\tFjell Jacke\n2\tPRICE\t1.299,00 €\n");
    const result = evaluatePiiRedaction({ inputLines: ["Kundin Anna Schmidt (anna@example.de) liebt die Fjell Jacke", "Tel. 030 / 123 45 67, Preis 1.299,00 €"], expected, keep });
    expect(result.recall).toBe(1);
    expect(result.byType.PHONE).toMatchObject({ total: 1, redacted: 1 });
    expect(result.kept).toBe(1);
    expect(result.p95Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });
});
