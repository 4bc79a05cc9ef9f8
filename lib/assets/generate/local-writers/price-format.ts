import { formatPriceAs } from "@/lib/assets/brand/price-format";
import type { PriceFormat } from "@/lib/assets/schemas/brand-rules";
import type { Language } from "@/lib/rag/text/tokenize";
import type { ProductPrice } from "./product-facts";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/**
 * A source price as shoppers in the brief's language read it. With the brand's price format for
 * that language ("129,00 €" / "€129.00") it follows that; without one, the language's usual form,
 * with cents only when there are any ("349 €" / "€349"). The number stays the source's number, so
 * the grounding check (which reads "349,00 €", "349.00 EUR" and "€349" as the same value) still
 * finds it in the cited chunk. The space before "€" is non-breaking: trimming never separates a
 * price from its currency.
 */
export function formatPrice(price: ProductPrice, language: Language, format: PriceFormat | null = null): string {
  if (format) return formatPriceAs(price.amount, price.currency, language, format);
  const whole = Number.isInteger(price.amount);
  return new Intl.NumberFormat(LOCALES[language], {
    style: "currency",
    currency: price.currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(price.amount);
}
