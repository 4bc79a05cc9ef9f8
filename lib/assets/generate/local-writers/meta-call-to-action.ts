import type { MetaCallToAction } from "@/lib/assets/schemas/meta-call-to-action";

/*
 * The button follows the goal the marketer wrote (German or English); a product ad without a
 * recognisable goal sells, anything else invites to read on. First match wins, so the more
 * specific intents come before the generic "buy".
 */
const GOAL_RULES: readonly { pattern: RegExp; cta: MetaCallToAction }[] = [
  { pattern: /newsletter|abonn|subscri/i, cta: "SUBSCRIBE" },
  { pattern: /sign[ -]?up|registr|anmeld/i, cta: "SIGN_UP" },
  { pattern: /download|herunterlad/i, cta: "DOWNLOAD" },
  { pattern: /\bbook|buchen|buchung|termin|appointment/i, cta: "BOOK_NOW" },
  { pattern: /contact|kontakt/i, cta: "CONTACT_US" },
  { pattern: /quote|angebot anfordern|kostenvoranschlag/i, cta: "GET_QUOTE" },
  { pattern: /\bapply|bewerb/i, cta: "APPLY_NOW" },
  { pattern: /sell|sale|verkauf|kauf|shop|buy|order|bestell|umsatz|conversion|purchase/i, cta: "SHOP_NOW" },
  { pattern: /aware|bekannt|reichweite|reach|inform|learn|erfahren|traffic|besuch/i, cta: "LEARN_MORE" },
];

export function chooseCallToAction(goal: string, isProduct: boolean): MetaCallToAction {
  return GOAL_RULES.find((rule) => rule.pattern.test(goal))?.cta ?? (isProduct ? "SHOP_NOW" : "LEARN_MORE");
}
