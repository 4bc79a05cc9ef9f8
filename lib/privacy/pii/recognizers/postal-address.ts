import type { PiiFinding, Recognizer } from "../types";

const UPPER = String.raw`[A-ZÄÖÜ]`;
const WORD = String.raw`[\p{L}ß'-]`;
// German-speaking streets: "Musterstraße 12", "Hauptstr. 5a", "Am Markt 3", "Unter den Linden 77", "Bahnhofplatz 1-3".
const DE_SUFFIX = String.raw`(?:straße|strasse|str\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|gässli|gässchen|hof|berg|graben|kai|zeile|promenade|stieg|wall)`;
const DE_STREET = String.raw`(?:${UPPER}${WORD}{2,}${DE_SUFFIX}|${UPPER}${WORD}+[ -](?:Straße|Strasse|Str\.|Weg|Platz|Allee|Ring|Gasse|Damm)|(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter der|Vor dem)\s${UPPER}${WORD}+(?=\s\d{1,3}[a-zA-Z]?(?!\d|[.,]\d)))`;
const HOUSE = String.raw`\d{1,3}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?`;
const DE_CITY = String.raw`(?:(?:D|A|CH)-)?\d{4,5}\s${UPPER}${WORD}+(?:[ -](?:(?:am|an der|im|bei|ob der)\s)?${UPPER}${WORD}+)?`;
const DE_ADDRESS = new RegExp(String.raw`(?<![\p{L}])${DE_STREET}\s${HOUSE}(?![\d\p{L}])(?:,?\s+${DE_CITY})?`, "gu");

// UK and US: "221B Baker Street", "10 Downing Street, London SW1A 2AA", "123 Main St, Springfield, IL 62704".
const EN_SUFFIX = String.raw`(?:Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.?|Close|Way|Court|Ct\.?|Place|Pl\.?|Gardens|Terrace|Crescent|Square|Sq\.?|Boulevard|Blvd\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Mews|Row|Hill|Grove|Walk)`;
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}`;
const US_STATE_ZIP = String.raw`[A-Z]{2}\s\d{5}(?:-\d{4})?`;
// Any street name with a house number when a postcode and town follow: "Lange Reihe 12, 20099 Hamburg".
const DE_LINE_WITH_TOWN = new RegExp(String.raw`(?<![\p{L}])${UPPER}${WORD}+(?:\s${UPPER}${WORD}+){0,2}\s\d{1,3}\s?[a-zA-Z]?,?\s(?:(?:D|A|CH)-)?\d{4,5}\s${UPPER}${WORD}+(?:[ -]${UPPER}${WORD}+)?`, "gu");
const EN_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])\d{1,5}[A-Za-z]?\s(?:[A-Z][\p{L}'-]+\s){1,3}${EN_SUFFIX}(?![\p{L}])(?:\s(?:NW|NE|SW|SE|N|S|E|W)(?![\p{L}]))?(?:,?\s(?:Apt|Suite|Flat|Unit)\.?\s?\w+)?(?:,\s[A-Z][\p{Ll}'-]+(?:\s[A-Z][\p{Ll}'-]+)?)?(?:,?\s(?:${UK_POSTCODE}|${US_STATE_ZIP}))?`,
  "gu",
);
// "Flat 2, 14 Rose Lane" and PO boxes, "Postfach 12 34".
const PO_BOX = /(?<![\p{L}])(?:Postfach|P\.?\s?O\.?\s?Box)\s\d[\d ]{1,8}\d(?:,?\s\d{4,5}\s[A-ZÄÖÜ][\p{L}-]+)?/gu;

// A number followed by a unit or a counted noun is a measure or a count ("Trailring 12 cm",
// "Heidelberg 3 Filialen", "Nürburgring 24 Stunden"), not a house number.
const UNIT_AFTER = /^\s?(?:%|€|\$|£|[.,]\d|(?:uhr|cm|mm|kg|km|ml|min|std|stunden?|hours?|stück|pieces?|jahre?n?|years?|tage?n?|days?|monate?n?|months?|wochen|weeks?|minuten|minutes?|sekunden|seconds?|filialen|stores?|shops?|läden|geschäfte|mal|times|punkte|points|prozent|percent|sterne|stars|paar|pairs?|farben|colou?rs?|größen|sizes|modelle|models?|varianten|variants?|teile|parts?|liter|litres?|liters?|kilo|meter|metres?|meters?|x|g|l|m|h)(?![\p{L}]))/iu;

/**
 * Postal addresses: a street line (street name and house number) with the postcode and town when
 * they follow it. A postcode or town alone is not an address (a shop's city, a delivery area).
 */
export const postalAddressRecognizer: Recognizer = {
  name: "postal-address",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const pattern of [DE_ADDRESS, DE_LINE_WITH_TOWN, EN_ADDRESS, PO_BOX]) {
      for (const match of text.matchAll(pattern)) {
        // "Im Sommer 25 %", "Trailring 12 cm": a number with a unit is a measure, not a house.
        if (UNIT_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
        const hasTown = /\d{4,5}\s\p{L}|[A-Z]\d[A-Z\d]?\s?\d[A-Z]{2}|,\s[A-Z]/u.test(match[0].slice(match[0].search(/\d/) + 1));
        findings.push({ type: "ADDRESS", start: match.index, end: match.index + match[0].length, score: hasTown ? 0.95 : 0.8, recognizer: "postal-address" });
      }
    }
    return findings;
  },
};
