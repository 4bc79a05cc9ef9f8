/**
 * ISO 4217 knowledge from the runtime's ICU data instead of a hand-kept table: Node ships full ICU,
 * which lists the currencies in circulation and their minor-unit digits (EUR 2, JPY 0, BHD 3).
 */
let known: ReadonlySet<string> | null = null;

/** True for an active ISO 4217 code in upper case ("EUR"); historic codes such as DEM are rejected. */
export function isIsoCurrency(code: string): boolean {
  known ??= new Set(Intl.supportedValuesOf("currency"));
  return known.has(code);
}

const digitsCache = new Map<string, number>();

/** Digits of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for BHD. Throws for unknown codes. */
export function currencyMinorDigits(code: string): number {
  const cached = digitsCache.get(code);
  if (cached !== undefined) return cached;
  if (!isIsoCurrency(code)) throw new RangeError(`'${code}' is not an ISO 4217 currency code`);
  const digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  digitsCache.set(code, digits);
  return digits;
}

/** Minor units to a major-unit number (1234 EUR cents → 12.34). */
export function minorToMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyMinorDigits(currency);
}
