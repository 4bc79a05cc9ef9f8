export type ParsedPrice = { ok: true; amount: number | null; currency: string | null } | { ok: false; message: string };

// "$" is also the sign of CAD, AUD and others; USD is the usual meaning in feeds without a code.
const SYMBOL_CURRENCIES: Record<string, string> = { "€": "EUR", $: "USD", "£": "GBP", "¥": "JPY", "₹": "INR" };

/** An ISO 4217-looking code or a currency symbol, as an uppercase code; null otherwise. */
export function normalizeCurrency(value: string): string | null {
  const trimmed = value.trim();
  if (/^[a-z]{3}$/i.test(trimmed)) return trimmed.toUpperCase();
  return SYMBOL_CURRENCIES[trimmed] ?? null;
}

/** "1.299.000" is grouped by thousands; "1.2.3" is not a number. */
function isGrouped(integer: string, separator: string): boolean {
  const [first = "", ...groups] = integer.split(separator);
  if (groups.length === 0) return /^\d+$/.test(first);
  return /^\d{1,3}$/.test(first) && groups.every((group) => /^\d{3}$/.test(group));
}

/**
 * Prices as shops export them: "49.90", "49,90", "1.299,00 €", "1,299.00", "49.90 EUR",
 * "EUR 49.90", "49,-". With a single separator followed by exactly three digits ("1.299",
 * "1,299") it is read as a thousands separator, as in both German and English price lists.
 */
export function parsePrice(raw: string): ParsedPrice {
  const text = raw.trim();
  if (text === "") return { ok: true, amount: null, currency: null };
  const invalid = { ok: false as const, message: `The price “${text}” is not a number.` };

  let currency: string | null = null;
  const withoutCurrency = text
    .replace(/(?<![a-z])([a-z]{3})(?![a-z])/i, (code: string) => {
      currency = code.toUpperCase();
      return " ";
    })
    .replace(/[€$£¥₹]/, (symbol: string) => {
      currency ??= SYMBOL_CURRENCIES[symbol] ?? null;
      return " ";
    });

  let number = withoutCurrency.replace(/[\s\u00A0\u202F']/g, "");
  const negative = /^-|^\(.*\)$/.test(number);
  number = number.replace(/^[-+(]|\)$/g, "").replace(/[.,][-–]$/, "");
  if (!/^\d[\d.,]*$/.test(number) || /[.,]{2}|[.,]$/.test(number)) return invalid;

  const lastComma = number.lastIndexOf(",");
  const lastDot = number.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const [integer = "", fraction = "", ...rest] = number.split(decimal);
    if (rest.length > 0 || !isGrouped(integer, decimal === "," ? "." : ",")) return invalid;
    number = `${integer.replace(/[.,]/g, "")}.${fraction}`;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? "," : ".";
    const parts = number.split(separator);
    const isThousands = parts.length > 2 || ((parts[1]?.length ?? 0) === 3 && parts[0] !== "0");
    if (isThousands && !isGrouped(number, separator)) return invalid;
    number = isThousands ? parts.join("") : parts.join(".");
  }

  const amount = Number(number);
  if (!Number.isFinite(amount)) return invalid;
  if (negative && amount !== 0) return { ok: false, message: `The price “${text}” is negative.` };
  return { ok: true, amount, currency };
}
