import type { PriceFormat } from "@/lib/assets/schemas/brand-rules";

const LOCALES = { de: "de-DE", en: "en-GB" } as const;
const SYMBOLS: Record<string, string> = { EUR: "€", USD: "$", GBP: "£" };
const SYMBOL_CURRENCY: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP" };
const NBSP = "\u00a0";

/** The currency's symbol ("€"), or its code where it has none a shopper would recognise ("CHF"). */
export function currencySymbol(currency: string): string {
  return SYMBOLS[currency.toUpperCase()] ?? currency.toUpperCase();
}

/**
 * A price in the brand's format for one language: `129,00 €` (de, two decimals, symbol after,
 * spaced) or `€129.00` (en, symbol before, unspaced). Separators follow the language. The space is
 * non-breaking so trimming never separates a price from its currency.
 */
export function formatPriceAs(amount: number, currency: string, language: "de" | "en", format: PriceFormat): string {
  const twoDecimals = format.decimals === "always" || !Number.isInteger(amount);
  const number = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: twoDecimals ? 2 : 0, maximumFractionDigits: 2 }).format(amount);
  const symbol = currencySymbol(currency);
  // A code ("CHF") always needs a space to stay readable.
  const gap = format.space || symbol.length > 1 ? NBSP : "";
  return format.symbol === "before" ? `${symbol}${gap}${number}` : `${number}${gap}${symbol}`;
}

export type StatedPrice = { text: string; index: number; amount: number; currency: string };

const SPACE = "[\\s\\u00a0\\u202f]?";
const AMOUNT = "\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const CURRENCY = "€|\\$|£|EUR|USD|GBP|CHF";
const PRICE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${CURRENCY})${SPACE}(${AMOUNT})|(${AMOUNT})${SPACE}(${CURRENCY}))(?![\\p{L}\\p{N}])`, "gu");

/** Reads "1.299,00", "1,299.00", "129" or "129,5" as a number: a final separator before 1–2 digits is the decimal one. */
function readAmount(raw: string): number {
  const compact = raw.replace(/[\u00a0\u202f ]/g, "");
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, "");
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

/** Every price the text states with a currency, as written. */
export function findStatedPrices(text: string): StatedPrice[] {
  const prices: StatedPrice[] = [];
  for (const match of text.matchAll(PRICE)) {
    const currencyText = match[1] ?? match[4]!;
    const amountText = match[2] ?? match[3]!;
    prices.push({ text: match[0], index: match.index, amount: readAmount(amountText), currency: SYMBOL_CURRENCY[currencyText] ?? currencyText.toUpperCase() });
  }
  return prices;
}

/** Spaces compared as spaces: a normal and a non-breaking space are the same to a reader. */
export function samePriceText(a: string, b: string): boolean {
  const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
  return normalize(a) === normalize(b);
}
