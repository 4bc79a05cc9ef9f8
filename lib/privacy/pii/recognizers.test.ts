import { describe, expect, it } from "vitest";
import { analyzePersonalData } from "./analyze";
import type { PiiType } from "./types";
import { REDACT_THRESHOLD } from "./types";

/** The values of the given type that would be redacted. */
function found(text: string, type: PiiType, keep: string[] = []) {
  return analyzePersonalData(text, { keep, minScore: REDACT_THRESHOLD })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}
/** Everything that would be redacted, whatever its type. */
function anything(text: string, keep: string[] = []) {
  return analyzePersonalData(text, { keep, minScore: REDACT_THRESHOLD }).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}

describe("IBAN", () => {
  it.each([
    ["IBAN DE89 3704 0044 0532 0130 00 bitte", "DE89 3704 0044 0532 0130 00"],
    ["iban de89 3704 0044 0532 0130 00", "de89 3704 0044 0532 0130 00"],
    ["Konto DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000.", "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000"],
    ["pay to GB82WEST12345698765432 today", "GB82WEST12345698765432"],
    ["AT61 1904 3002 3457 3201", "AT61 1904 3002 3457 3201"],
  ])("finds %j", (text, value) => expect(found(text, "IBAN")).toEqual([value]));
  it("rejects a wrong checksum and words that pass mod 97", () => {
    expect(found("DE88 3704 0044 0532 0130 00", "IBAN")).toEqual([]);
    expect(found("In 2025 our Hamburg workshop repaired 4,000 jackets.", "IBAN")).toEqual([]);
  });
});

describe("payment cards", () => {
  it.each(["4111 1111 1111 1111", "4111.1111.1111.1111", "4111-1111-1111-1111", "5500005555555559", "3782 822463 10005"])("finds %s (DE and EN context)", (card) => {
    expect(found(`Bezahlt mit Karte ${card}.`, "CARD")).toEqual([card]);
    expect(found(`Paid with ${card} yesterday`, "CARD")).toEqual([card]);
  });
  it("leaves barcodes, order numbers and Luhn failures alone", () => {
    expect(anything("EAN 4006381333931, GTIN 4006381333931")).toEqual([]);
    expect(found("Bestellnummer 4111 1111 1111 1111", "CARD")).toEqual([]);
    expect(found("4111 1111 1111 1112", "CARD")).toEqual([]);
  });
});

describe("phone numbers", () => {
  it.each([
    ["Ruf an: 030 / 123 45 67", "030 / 123 45 67"],
    ["Tel. (030) 1234567", "(030) 1234567"],
    ["+49 30 1234567 erreichbar", "+49 30 1234567"],
    ["Handy 0151-1234567", "0151-1234567"],
    ["Wien +43 1 5334567", "+43 1 5334567"],
    ["Zürich 044 668 18 00", "044 668 18 00"],
    ["call 020 7946 0958", "020 7946 0958"],
    ["phone (212) 555-0123", "(212) 555-0123"],
    ["call me at 415-555-2671", "415-555-2671"],
  ])("finds %j", (text, value) => expect(found(text, "PHONE")).toEqual([value]));
  it("leaves prices, dates, versions, postcodes and order ids alone", () => {
    for (const text of ["Preis 1.299,00 €", "am 01.02.2024", "v2.3.1", "PLZ 10115 Berlin", "Bestellnummer 0301234567", "Order #0151-1234567", "Zeitraum 2024-2025", "ISBN 978-3-16-148410-0", "Art.-Nr. 123 456 789", "415-555-2671 units sold"]) {
      expect(found(text, "PHONE"), text).toEqual([]);
    }
  });
});

describe("e-mail", () => {
  it.each([
    ["Mail an anna.schmidt@example.de", "anna.schmidt@example.de"],
    ["max(at)example.de schreiben", "max(at)example.de"],
    ["max [at] example [dot] de", "max [at] example [dot] de"],
    ["write to john {at} mail (dot) co (dot) uk", "john {at} mail (dot) co (dot) uk"],
  ])("finds %j", (text, value) => expect(found(text, "EMAIL")).toEqual([value]));
  it("does not read a shop URL after \"at\" as an address", () => {
    expect(anything("Available at nordlicht.de and at amazon.de from 1 May")).toEqual([]);
    expect(found("reach me: max at example dot de", "EMAIL")).toEqual(["max at example dot de"]);
  });
  it("keeps the business's role addresses and @ in prices or code", () => {
    expect(anything("Fragen an service@nordlicht.example")).toEqual([]);
    expect(anything("@media (max-width: 600px) { a { color: red } }")).toEqual([]);
  });
});

describe("tax and social security ids", () => {
  it.each([
    ["Steuer-ID 12 345 678 901", "TAX_ID", "12 345 678 901"],
    ["Steuerliche Identifikationsnummer: 65929970489", "TAX_ID", "65929970489"],
    ["Steuernummer 21/815/08150", "TAX_ID", "21/815/08150"],
    ["AHV-Nr. 756.1234.5678.97", "SOCIAL_SECURITY_ID", "756.1234.5678.97"],
    ["National Insurance number QQ 12 34 56 C", "SOCIAL_SECURITY_ID", "QQ 12 34 56 C"],
    ["NINO AB123456C", "SOCIAL_SECURITY_ID", "AB123456C"],
    ["SV-Nummer 1237 010180", "SOCIAL_SECURITY_ID", "1237 010180"],
    ["UTR 12345 67890 (unique taxpayer reference)", "TAX_ID", "12345 67890"],
  ] as const)("finds %j", (text, type, value) => expect(found(text, type)).toEqual([value]));
  it("leaves order numbers, SKUs and plain numbers alone", () => {
    for (const text of ["Bestellnummer 12345678901", "SKU FJ-2024-XL", "1.234.567 Besucher", "Artikel 21/815/08150"]) expect(anything(text), text).toEqual([]);
  });
});

describe("dates of birth", () => {
  it.each([
    ["geboren am 12.03.1985", "12.03.1985"],
    ["geb. 4. Juli 1990 in Köln", "4. Juli 1990"],
    ["Geburtsdatum: 1979-11-23", "1979-11-23"],
    ["born 21 March 1992", "21 March 1992"],
    ["DOB: 03/07/1988", "03/07/1988"],
    ["her birthday is July 4, 1990", "July 4, 1990"],
  ])("finds %j", (text, value) => expect(found(text, "DATE_OF_BIRTH")).toEqual([value]));
  it("is not any date: campaigns, validity, orders", () => {
    for (const text of ["Aktion gültig bis 31.12.2026", "valid until 31.12.2026", "Bestellt am 03.05.2025", "Kampagnenstart 1. März 2026", "Launch on March 3, 2026", "Geburtstagsaktion: Rabatt gültig bis 31.12.2026"]) {
      expect(found(text, "DATE_OF_BIRTH"), text).toEqual([]);
    }
  });
});

describe("postal addresses", () => {
  it.each([
    ["wohnt Musterstraße 12, 10115 Berlin.", "Musterstraße 12, 10115 Berlin"],
    ["Hauptstr. 5a, 80331 München", "Hauptstr. 5a, 80331 München"],
    ["Am Markt 3, 1010 Wien", "Am Markt 3, 1010 Wien"],
    ["Bahnhofplatz 1, 8001 Zürich", "Bahnhofplatz 1, 8001 Zürich"],
    ["lives at 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"],
    ["10 Downing Street, London SW1A 2AA", "10 Downing Street, London SW1A 2AA"],
    ["ship to 123 Main St, Springfield, IL 62704", "123 Main St, Springfield, IL 62704"],
  ])("finds %j", (text, value) => expect(found(text, "ADDRESS")).toEqual([value]));
  it("leaves postcodes, towns and measures alone", () => {
    for (const text of ["Lieferung nach 10115 Berlin", "SW1A 1AA", "Spring 2026", "Im Sommer 25 % sparen", "Trailring 12 cm", "Store in Berlin-Mitte", "In Heidelberg 3 Filialen", "Nürburgring 24 Stunden", "Am Stück 2 Paar"]) expect(found(text, "ADDRESS"), text).toEqual([]);
  });
});

describe("social handles", () => {
  it.each([
    ["Folgt mir auf Instagram: @anna_outdoor", "@anna_outdoor"],
    ["follow @trailjoe on TikTok", "@trailjoe"],
    ["auf X unter @max.mustermann", "@max.mustermann"],
  ])("finds %j", (text, value) => expect(found(text, "SOCIAL_HANDLE")).toEqual([value]));
  it("is not an e-mail, a decorator or the brand's own handle", () => {
    expect(found("anna@example.de", "SOCIAL_HANDLE")).toEqual([]);
    expect(found("@Component({ selector: 'x' })", "SOCIAL_HANDLE")).toEqual([]);
    expect(found("Folgt @nordlicht auf Instagram", "SOCIAL_HANDLE", ["@nordlicht"])).toEqual([]);
  });
});

describe("person names", () => {
  it.each([
    ["Herr Dr. Weber freut sich", "Weber"],
    ["Frau Schmidt-Müller hat bestellt", "Schmidt-Müller"],
    ["Mrs Jane Doe wrote", "Jane Doe"],
    ["Ansprechpartnerin: Dragana Petrović", "Dragana Petrović"],
    ["signed by John Smith", "John Smith"],
    ["Kundin Anna Schmidt lobt die Jacke", "Anna Schmidt"],
    ["Zitat von Lukas Müller", "Lukas Müller"],
    ["Thanks, Sarah!", "Sarah"],
    ["Mehmet Yilmaz empfiehlt uns", "Mehmet Yilmaz"],
    ["Viele Grüße\nKatharina Vogel", "Katharina Vogel"],
  ])("finds %j", (text, value) => expect(found(text, "PERSON")).toEqual([value]));
  it("decides product names by context and keeps the brief's product", () => {
    expect(found("Die Anna Trail Shoe ist leicht", "PERSON")).toEqual([]);
    expect(found("Die Fjell Jacke kostet 199 €", "PERSON")).toEqual([]);
    expect(found("Luna Zelt für zwei", "PERSON")).toEqual([]);
    expect(found("Max Komfort für lange Touren", "PERSON")).toEqual([]);
    expect(found("Neu: Ella Merino", "PERSON", ["Ella Merino"])).toEqual([]);
    expect(found("Die Kollektion Frühling Sommer 2026 startet", "PERSON")).toEqual([]);
    expect(found("Wie Tom Tailor und Ralph Lauren setzen wir auf Baumwolle", "PERSON")).toEqual([]);
    expect(found("Lena Hofer's trail guide", "PERSON")).toEqual(["Lena Hofer"]);
  });
});

describe("look-alikes in a brief are left alone", () => {
  it.each([
    "Fjell Jacke (SKU FJ-2024-XL) für 1.299,00 € statt 1.499,00 €, 20 % Rabatt bis 31.12.2026.",
    "Anna Trail Shoe at $49.99, EAN 4006381333931, firmware v2.3.1, order #2024-123456.",
    "Bestellnummer 2024-123456, Rechnung 0301234567, Lieferung in 10115 Berlin.",
    "Launch on March 3, 2026 in 50 stores; 3-layer shell, 290 g, 20,000 mm water column.",
  ])("%s", (text) => expect(anything(text, ["Anna Trail Shoe", "Fjell Jacke"])).toEqual([]));
});
