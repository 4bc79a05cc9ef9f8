import type { Language } from "@/lib/rag/text/tokenize";

/*
 * The only words the writers add themselves: fixed German and English phrasings around facts.
 * None of them states a fact (no numbers, no claims such as "free shipping"); every slot is
 * filled from the sources or the brief. German templates avoid articles before product names
 * and categories because their gender is unknown ("Hardshell gesucht?", not "Suchen Sie eine …").
 */
export type Phrases = {
  priceFrom(subject: string, price: string): string;
  fromPrice(price: string): string;
  nowFromPrice(price: string): string;
  discover(subject: string): string;
  discoverNow: string;
  discoverAt(brand: string): string;
  learnMore: string;
  lookingFor(thing: string): string;
  whyBrand(brand: string): string;
  byBrand(subject: string, brand: string): string;
  atAGlance(subject: string): string;
  featuresHeading: string;
  faqHeading: string;
  priceLabel: string;
  costs(subject: string, price: string): string;
  howMuch(subject: string): string;
  madeOf(subject: string): string;
  weighs(subject: string): string;
  attributeQuestion(key: string, subject: string): string;
  /** An attribute as a phrase inside a sentence: "weight 420 g" / "Gewicht 420 g"; a value with its own unit ("70 lux") stands alone. */
  attributeInline(key: string, value: string): string;
  /** A product's attributes in one sentence: "Pendel 20 pannier in detail: colour Olive green, weight 980 g." */
  details(subject: string, list: string): string;
  /** A full-sentence FAQ answer over one attribute: "The colour of the Fjell 3L is Slate grey." */
  attributeAnswer(key: string, value: string, subject: string): string;
  /** The brief's offer over facts a source states: "Use code AUTUMN15 for 15 % off until 31 October." */
  offerCode(code: string, value: string | null, endDate: string | null): string;
  offerValue(value: string, endDate: string | null): string;
  /** A campaign's offer, every part given: "Use code PENDELN15 for 15 % off until 31 May 2027." ("for free shipping" when the value is no amount). */
  campaignOffer(code: string, value: string, endDate: string): string;
  codeShort(code: string): string;
  /** E-mail button labels by intent: short, no facts. */
  emailCta: { shop: string; learn: string; signUp: string; subscribe: string; download: string; contact: string; book: string };
  /** The default e-mail footer (brand settings may set their own); `{{unsubscribe_url}}` is kept for the sending tool. */
  emailFooter(brand: string): string;
  /** The same footer for brands that address German readers with "du". */
  emailFooterInformal(brand: string): string;
};

/** "15 %" or "20 €" is an amount ("15 % off"); "free shipping" is the thing itself. */
const isAmount = (value: string) => /\d/.test(value);

function lowerKey(key: string): string {
  // "Water column" → "water column", but "UV protection" keeps its abbreviation.
  return /^\p{Lu}\p{Ll}/u.test(key) ? key.charAt(0).toLocaleLowerCase("en") + key.slice(1) : key;
}

export const PHRASES: Record<Language, Phrases> = {
  en: {
    priceFrom: (subject, price) => `${subject} from ${price}`,
    fromPrice: (price) => `From ${price}`,
    nowFromPrice: (price) => `Now from ${price}`,
    discover: (subject) => `Discover ${subject}`,
    discoverNow: "Discover it now.",
    discoverAt: (brand) => `Discover it at ${brand}.`,
    learnMore: "Learn more.",
    lookingFor: (thing) => `Looking for ${thing}?`,
    whyBrand: (brand) => `Why ${brand}?`,
    byBrand: (subject, brand) => `${subject} by ${brand}`,
    atAGlance: (subject) => `${subject} at a glance`,
    featuresHeading: "Materials and features",
    faqHeading: "Frequently asked questions",
    priceLabel: "Price",
    costs: (subject, price) => `The ${subject} costs ${price}.`,
    howMuch: (subject) => `How much does the ${subject} cost?`,
    madeOf: (subject) => `What is the ${subject} made of?`,
    weighs: (subject) => `How much does the ${subject} weigh?`,
    attributeQuestion: (key, subject) => `What is the ${lowerKey(key)} of the ${subject}?`,
    attributeInline: (key, value) => (key === "" ? value : `${lowerKey(key)} ${value}`),
    details: (subject, list) => `${subject} in detail: ${list}.`,
    attributeAnswer: (key, value, subject) => (key === "" ? `The ${subject} has ${value}.` : `The ${lowerKey(key)} of the ${subject} is ${value}.`),
    offerCode: (code, value, endDate) => `Use code ${code}${value ? ` for ${value} off` : ""}${endDate ? ` until ${endDate}` : ""}.`,
    offerValue: (value, endDate) => `Save ${value}${endDate ? ` until ${endDate}` : ""}.`,
    campaignOffer: (code, value, endDate) => `Use code ${code}${value === "" ? "" : isAmount(value) ? ` for ${value} off` : ` for ${value}`} until ${endDate}.`,
    codeShort: (code) => `Code ${code}`,
    emailCta: { shop: "See it now", learn: "Learn more", signUp: "Sign up now", subscribe: "Subscribe now", download: "Download now", contact: "Contact us", book: "Book now" },
    emailFooter: (brand) => `You receive this e-mail because you signed up for news from ${brand}. Unsubscribe: {{unsubscribe_url}}`,
    emailFooterInformal: (brand) => `You receive this e-mail because you signed up for news from ${brand}. Unsubscribe: {{unsubscribe_url}}`,
  },
  de: {
    priceFrom: (subject, price) => `${subject} ab ${price}`,
    fromPrice: (price) => `Ab ${price}`,
    nowFromPrice: (price) => `Jetzt ab ${price}`,
    discover: (subject) => `${subject} entdecken`,
    discoverNow: "Jetzt entdecken.",
    discoverAt: (brand) => `Jetzt bei ${brand} entdecken.`,
    learnMore: "Mehr erfahren.",
    lookingFor: (thing) => `${thing} gesucht?`,
    whyBrand: (brand) => `Warum ${brand}?`,
    byBrand: (subject, brand) => `${subject} von ${brand}`,
    atAGlance: (subject) => `${subject} im Überblick`,
    featuresHeading: "Material und Ausstattung",
    faqHeading: "Häufige Fragen",
    priceLabel: "Preis",
    costs: (subject, price) => `${subject} kostet ${price}.`,
    howMuch: (subject) => `Was kostet ${subject}?`,
    madeOf: (subject) => `Aus welchem Material ist ${subject}?`,
    weighs: (subject) => `Wie viel wiegt ${subject}?`,
    attributeQuestion: (key, subject) => `${subject}: Was gilt für „${key}“?`,
    attributeInline: (key, value) => (key === "" ? value : `${key} ${value}`),
    details: (subject, list) => `${subject} im Detail: ${list}.`,
    // Articles depend on the key's gender, which is unknown: "die Angabe" carries the sentence.
    attributeAnswer: (key, value, subject) => (key === "" ? `${subject} bietet ${value}.` : `Bei ${subject} lautet die Angabe zu ${key}: ${value}.`),
    // The value leads: "LICHT20 20 %" or "2026 20 %" side by side would read as one number.
    offerCode: (code, value, endDate) => `${value ? `${value} sparen mit dem Code ${code}` : `Code ${code}`}${endDate ? `, gültig bis ${endDate}` : ""}.`,
    offerValue: (value, endDate) => `${value} sparen${endDate ? ` bis ${endDate}` : ""}.`,
    campaignOffer: (code, value, endDate) => `${value === "" ? "Code" : isAmount(value) ? `${value} sparen mit dem Code` : `${value} mit dem Code`} ${code}, gültig bis ${endDate}.`,
    codeShort: (code) => `Code ${code}`,
    emailCta: { shop: "Jetzt ansehen", learn: "Mehr erfahren", signUp: "Jetzt anmelden", subscribe: "Jetzt abonnieren", download: "Jetzt herunterladen", contact: "Kontakt aufnehmen", book: "Jetzt buchen" },
    emailFooter: (brand) => `Sie erhalten diese E-Mail, weil Sie Neuigkeiten von ${brand} abonniert haben. Abmelden: {{unsubscribe_url}}`,
    emailFooterInformal: (brand) => `Du erhältst diese E-Mail, weil du Neuigkeiten von ${brand} abonniert hast. Abmelden: {{unsubscribe_url}}`,
  },
};
