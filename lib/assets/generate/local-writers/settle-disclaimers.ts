import { withoutDisclaimers } from "@/lib/assets/brand/disclaimer-conditions";
import type { BrandPolicy } from "./brand-policy";
import { normalizeSpaces } from "./fit-text";

type CitedLike = { text: string; citations: string[] };

function isCitedText(value: unknown): value is CitedLike {
  return typeof value === "object" && value !== null && typeof (value as CitedLike).text === "string" && Array.isArray((value as CitedLike).citations);
}

function citedTexts(value: unknown): CitedLike[] {
  if (isCitedText(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(citedTexts);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(citedTexts);
  return [];
}

function mapCitedTexts(value: unknown, map: (text: CitedLike) => CitedLike | null): unknown {
  if (isCitedText(value)) return map(value);
  if (Array.isArray(value)) return value.map((entry) => mapCitedTexts(entry, map)).filter((entry) => entry !== null);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => {
      // An array entry that was only a disclaimer (an RSA description holding it alone) goes; a
      // field of an object stays, empty, so the asset keeps its shape.
      if (isCitedText(entry)) return [key, map(entry) ?? { ...entry, text: "" }];
      return [key, mapCitedTexts(entry, map)];
    }));
  }
  return value;
}

/**
 * Writers put in every disclaimer whose text pattern holds in the facts they may state ("Prices
 * incl. VAT" because a source states a price), before they know which facts the copy ends up
 * stating. Once the copy is finished, the disclaimers whose pattern the copy itself does not meet
 * come out again: a disclaimer where its condition does not hold is as wrong as a missing one.
 * Only removes, never adds: the writers' set is a superset of what the finished copy needs.
 * Works on any asset: every `{ text, citations }` object in it is copy.
 */
export function settleDisclaimers<T>(content: T, policy: Pick<BrandPolicy, "disclaimers" | "disclaimersFor">): T {
  if (policy.disclaimers.length === 0) return content;
  const copy = citedTexts(content).map((field) => field.text).join("\n");
  const needed = new Set(policy.disclaimersFor(copy));
  const unneeded = policy.disclaimers.filter((disclaimer) => !needed.has(disclaimer));
  if (unneeded.length === 0) return content;
  return mapCitedTexts(content, (field) => {
    const text = normalizeSpaces(withoutDisclaimers(field.text, unneeded));
    if (text === field.text) return field;
    return text === "" ? null : { ...field, text };
  }) as T;
}
