import { allCopy, copyFields } from "./copy-fields";
import { numberTokens, textValues, tokenValues } from "./numbers";
import { disclaimerTexts } from "./rule-checks";
import type { Check, EvalPassage } from "./types";
import { containsText, quote, withoutTexts } from "./text";

function passagesById(sources: readonly EvalPassage[]) {
  return new Map(sources.map((p) => [p.chunkId, p]));
}

/**
 * Every number of a field is stated by a passage the field cites (a field that cites nothing by
 * design, like an FAQ question, may use any passage of the asset). Numbers inside a disclaimer
 * are the disclaimer's, not claims.
 */
export const groundedNumbersCheck: Check = {
  id: "grounded-numbers",
  run: (context) => {
    const byId = passagesById(context.output.sources);
    return copyFields(context.output.content).flatMap((f) => {
      const tokens = numberTokens(withoutTexts(f.text, disclaimerTexts(context)));
      if (tokens.length === 0) return [];
      const backing = f.citations === null ? context.output.sources : f.citations.flatMap((id) => byId.get(id) ?? []);
      const backingText = backing.map((p) => `${p.title}\n${p.text}`).join("\n");
      const known = textValues(backingText);
      // A token with no single value (a date, "30.11.2026") is grounded by standing in a cited passage as written.
      const literal = new Set(numberTokens(backingText));
      return tokens
        .filter((token) => !literal.has(token) && !tokenValues(token).some((v) => known.has(v)))
        .map((token) => `${f.path} states ${quote(token)}, which none of its cited sources states: ${quote(f.text)}`);
    });
  },
};

/**
 * Citations a reviewer outside the app can follow: each resolves to a passage whose source is a
 * named product or file of a fact-bearing role; never the brand guide or an internal note. A
 * product's asset cites that product somewhere.
 */
export const citationsCheck: Check = {
  id: "citations",
  run: ({ output, product, kit }) => {
    const byId = passagesById(output.sources);
    const problems = copyFields(output.content).flatMap((f) =>
      (f.citations ?? []).flatMap((id) => {
        const passage = byId.get(id);
        if (!passage) return [`${f.path} cites ${id}, which is none of the asset's passages`];
        if (kit.forbiddenSourceTitles.has(passage.title)) return [`${f.path} cites ${quote(passage.title)}, a source that must never back copy`];
        if (!kit.factSourceTitles.has(passage.title)) return [`${f.path} cites ${id} from ${quote(passage.title)}, which names no product or file of the kit`];
        return [];
      }),
    );
    if (product) {
      const cited = copyFields(output.content).flatMap((f) => (f.citations ?? []).flatMap((id) => byId.get(id) ?? []));
      if (!cited.some((p) => p.title === product.title)) problems.push(`no field cites the product ${quote(product.title)}`);
    }
    return problems;
  },
};

export const injectedClaimsCheck: Check = {
  id: "no-injected-claims",
  run: ({ output, kit }) => {
    const copy = allCopy(output.content);
    return kit.injectedClaims.filter((claim) => containsText(copy, claim)).map((claim) => `the copy repeats the planted claim ${quote(claim)}`);
  },
};
