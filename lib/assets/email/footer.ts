import { formattingOf, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { PHRASES } from "@/lib/assets/generate/local-writers/phrases";
import { addressFormViolations } from "@/lib/assets/validate/brand-formatting";

/**
 * The footer an e-mail in `language` ends with: the brand's own from its settings, else a default
 * naming the brand, with the unsubscribe merge tag. The default says "du" when the brand rules
 * say so, or, without such a rule, when the e-mail's `copy` does: a footer in "Sie" under copy in
 * "du" reads as two senders. Brand text, not a claim: it cites nothing and is copied word for word.
 */
export function emailFooterFor(options: { rules: Pick<BrandRules, "emailFooter" | "formatting">; language: "de" | "en"; brandName: string; copy?: string }): string {
  const configured = options.rules.emailFooter?.[options.language]?.trim();
  if (configured) return configured;
  const brand = options.brandName.trim();
  const formality = formattingOf(options.rules).formality ?? (addressFormViolations(options.copy ?? "", "sie").length > 0 ? "du" : "sie");
  const informal = options.language === "de" && formality === "du";
  return informal ? PHRASES.de.emailFooterInformal(brand) : PHRASES[options.language].emailFooter(brand);
}
