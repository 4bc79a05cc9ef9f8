import { describe, expect, it } from "vitest";
import { redactAll, redactPersonalData } from "./redact";

describe("personal data redaction", () => {
  it("removes emails, phone numbers, IBANs and card numbers with typed placeholders", () => {
    const { text, redactions, containsPersonalData } = redactPersonalData(
      "Mail anna.schmidt@example.de or call +49 30 1234567, IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111.",
    );
    expect(text).not.toMatch(/anna|1234567|3704|4111/);
    expect(text).toContain("[EMAIL_1]");
    expect(redactions).toMatchObject({ email: 1, phone: 1, iban: 1, card: 1 });
    expect(containsPersonalData).toBe(false);
  });
  it("leaves ordinary marketing copy alone, prices and sizes included", () => {
    const copy = "The Fjell jacket weighs 290 g, costs 199.00 EUR and is tested for 500 hours.";
    expect(redactPersonalData(copy)).toMatchObject({ text: copy, redactions: {}, containsPersonalData: false });
  });
  it("gives one value the same placeholder across the texts of one request", () => {
    const { texts } = redactAll(["Kundin Anna Schmidt", "Zitat von Anna Schmidt, Tel. 0151-1234567"]);
    expect(texts[0]).toBe("Kundin [PERSON_1]");
    expect(texts[1]).toBe("Zitat von [PERSON_1], Tel. [PHONE_1]");
  });
});
