import { allCopy } from "./copy-fields";
import type { Check } from "./types";
import { containsText, normalizeSentence, quote } from "./text";

export const offerCheck: Check = {
  id: "offer",
  appliesTo: ({ brief }) => brief.namesOffer === true,
  run: ({ brief, output, kit }) => {
    const copy = allCopy(output.content);
    const problems: string[] = [];
    if (!copy.includes(kit.offer.code)) problems.push(`the goal names the offer but the code ${quote(kit.offer.code)} is missing`);
    const dates = kit.offer.endDate[brief.language];
    if (!dates.some((d) => containsText(copy, d))) problems.push(`the goal names the offer but its end date (${dates.map((d) => quote(d)).join(" or ")}) is missing`);
    return problems;
  },
};

function mentions(note: { item: string; reason: string }, item: string): boolean {
  const wanted = normalizeSentence(item);
  return normalizeSentence(`${note.item} ${note.reason}`).includes(wanted);
}

export const omissionsCheck: Check = {
  id: "omission-note",
  appliesTo: ({ brief }) => (brief.expectedOmissions?.length ?? 0) > 0,
  run: ({ brief, output }) => {
    const copy = allCopy(output.content);
    return (brief.expectedOmissions ?? []).flatMap((expected) => [
      ...expected.mustNotAppear.filter((text) => containsText(copy, text)).map((text) => `the copy contains ${quote(text)}, which the brief asked for but must be left out`),
      ...(output.omissions === null
        ? [`the pipeline reports no omissions; expected a note that ${quote(expected.item)} was left out and why`]
        : output.omissions.some((note) => mentions(note, expected.item) && note.reason.trim() !== "")
          ? []
          : [`no omission note names ${quote(expected.item)} with a reason (notes: ${output.omissions.map((n) => quote(n.item)).join(", ") || "none"})`]),
    ]);
  },
};

export const requiredFactsCheck: Check = {
  id: "required-facts",
  appliesTo: ({ brief }) => (brief.requiredFacts?.length ?? 0) > 0,
  run: ({ brief, output }) => {
    const copy = allCopy(output.content);
    return (brief.requiredFacts ?? []).filter((fact) => !fact.anyOf.some((form) => containsText(copy, form))).map((fact) => `the ${fact.label} is missing (${fact.anyOf.map((f) => quote(f)).join(" or ")})`);
  },
};
