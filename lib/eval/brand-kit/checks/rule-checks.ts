import type { KitDisclaimer, KitPriceFormat } from "../kit/kit-rules";
import { allCopy, copyFields } from "./copy-fields";
import { tokenValues } from "./numbers";
import type { Check, CheckContext } from "./types";
import { containsText, findTerm, quote, withoutTexts } from "./text";

export const bannedTermsCheck: Check = {
  id: "banned-terms",
  run: ({ brief, output, kit }) =>
    kit.rules.bannedTerms
      .filter((t) => t.language === brief.language)
      .flatMap((t) => copyFields(output.content).flatMap((f) => findTerm(f.text, t.term, { inflections: true }).map((hit) => `${f.path} uses the banned ${quote(hit)} (${t.reason}): ${quote(f.text)}`))),
};

export const preferredTermsCheck: Check = {
  id: "preferred-terms",
  run: ({ brief, output, kit }) =>
    kit.rules.preferredTerms
      .filter((t) => t.language === brief.language)
      .flatMap((t) => copyFields(output.content).flatMap((f) => findTerm(f.text, t.avoid).map((hit) => `${f.path} says ${quote(hit)} where the brand writes ${quote(t.use)}: ${quote(f.text)}`))),
};

/** Every disclaimer text of the kit in both languages, removed before a condition is tested on the copy. */
export function disclaimerTexts(context: Pick<CheckContext, "kit">): string[] {
  return context.kit.rules.disclaimers.flatMap((d) => [d.text.de, d.text.en]);
}

export function disclaimerApplies(disclaimer: KitDisclaimer, context: CheckContext): boolean {
  const { when } = disclaimer;
  if (when.kinds && !when.kinds.includes(context.output.content.kind)) return false;
  if (when.productCategories && !(context.product && when.productCategories.includes(context.product.category))) return false;
  if (when.textPattern && !when.textPattern.test(withoutTexts(allCopy(context.output.content), disclaimerTexts(context)))) return false;
  return true;
}

export const disclaimersCheck: Check = {
  id: "disclaimers",
  run: (context) => {
    const copy = allCopy(context.output.content);
    return context.kit.rules.disclaimers.flatMap((d) => {
      const text = d.text[context.brief.language];
      const applies = disclaimerApplies(d, context);
      const present = containsText(copy, text);
      if (applies && !present) return [`the disclaimer ${quote(text)} (${d.id}) is required here but missing`];
      if (!applies && present) return [`the disclaimer ${quote(text)} (${d.id}) appears though its condition does not hold`];
      return [];
    });
  },
};

// A price with the euro sign or EUR on either side of the amount.
const PRICE_MENTION = /(?:€|\bEUR)\s?\d(?:[\d.,]*\d)?|(?<![\p{L}\p{N}.,])\d(?:[\d.,]*\d)?\s?(?:€|EUR\b)/gu;

export function formatPrice(value: number, format: KitPriceFormat): string {
  const [integer = "0", fraction] = value.toFixed(format.decimals).split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, format.thousandsMark);
  const amount = fraction === undefined ? grouped : `${grouped}${format.decimalMark}${fraction}`;
  return format.currencyPosition === "before" ? `${format.symbol}${amount}` : `${amount} ${format.symbol}`;
}

export const pricesCheck: Check = {
  id: "prices",
  run: (context) => {
    const { brief, output, product, kit } = context;
    const format = kit.rules.priceFormat[brief.language];
    // A product's copy may state its own price and the shipping prices, never another product's.
    const allowed = new Set([...(product ? [product.price] : kit.products.map((p) => p.price)), ...kit.otherPrices]);
    return copyFields(output.content).flatMap((f) =>
      [...withoutTexts(f.text, disclaimerTexts(context)).matchAll(PRICE_MENTION)].flatMap(([mention]) => {
        const amount = mention.replace(/€|EUR/g, "").trim();
        const value = tokenValues(amount).find((v) => allowed.has(v));
        if (value === undefined) return [`${f.path} states the price ${quote(mention)}, which is not ${product ? `the feed's ${product.price.toFixed(2)}` : "a feed or policy price"}`];
        const expected = formatPrice(value, format);
        return mention.replace(/[\u00a0\u202f]/g, " ") === expected ? [] : [`${f.path} writes ${quote(mention)}; the ${brief.language} price format is ${quote(expected)}`];
      }),
    );
  },
};

const DU_FORMS = ["du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines"];

export const styleCheck: Check = {
  id: "style",
  run: ({ brief, output, kit }) =>
    copyFields(output.content).flatMap((f) => [
      ...(brief.language === "de" && kit.rules.formality.de === "sie"
        ? DU_FORMS.flatMap((form) => findTerm(f.text, form).map((hit) => `${f.path} addresses the reader with ${quote(hit)}; the brand writes "Sie": ${quote(f.text)}`))
        : []),
      ...(!kit.rules.allowExclamationMarks && f.text.includes("!") ? [`${f.path} has an exclamation mark: ${quote(f.text)}`] : []),
      // Four or more capitals in a row, not attached to digits (codes like LICHT20 are fine).
      ...[...f.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu)].map(([word]) => `${f.path} has a word in capitals, ${quote(word)}: ${quote(f.text)}`),
    ]),
};
