import type { SeedDocument } from "@/lib/seed/content/types";

// SYNTHETIC (see site.ts). An internal note: nothing of it may reach public text.
export const INTERNAL_NOTE_LINES = [
  "Der Lieferant der Ausdauer-Akkus liefert erst wieder im Januar.",
  "Die Werkstatt ist im Dezember zu zwei Dritteln ausgelastet.",
  "Die Marge auf Schlösser steigt ab Oktober auf 38 Prozent.",
];

export const INTERNAL_NOTE: SeedDocument = {
  title: "Interne Notiz Einkauf und Werkstatt",
  canonicalUrl: null,
  language: "de",
  classification: "internal",
  kind: "internal_note",
  markdown: `# Interne Notiz: Einkauf und Werkstatt

${INTERNAL_NOTE_LINES.join("\n\n")}
`,
};
