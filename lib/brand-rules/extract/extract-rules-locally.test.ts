import { describe, expect, it } from "vitest";
import { proposalKey, type RuleProposal } from "../proposal";
import { extractRulesLocally } from "./extract-rules-locally";
import { ENGLISH_GUIDE, ENGLISH_GUIDE_RULES, GERMAN_GUIDE, GERMAN_GUIDE_RULES } from "@/lib/testing/brand-guides";

/*
 * Proposals are compared by what makes a rule the same rule (proposalKey: type, term and language,
 * disclaimer text and conditions, formatting setting); reasons are extra and not scored.
 */
function score(found: RuleProposal[], expected: Omit<RuleProposal, "evidence">[]) {
  const expectedKeys = new Set(expected.map((rule) => proposalKey({ ...rule, evidence: "" } as RuleProposal)));
  const foundKeys = found.map(proposalKey);
  const hits = foundKeys.filter((key) => expectedKeys.has(key));
  return {
    recall: new Set(hits).size / expectedKeys.size,
    invented: foundKeys.filter((key) => !expectedKeys.has(key)),
    missed: [...expectedKeys].filter((key) => !foundKeys.includes(key)),
  };
}

describe("extractRulesLocally", () => {
  it.each([
    ["English Markdown guide", ENGLISH_GUIDE, ENGLISH_GUIDE_RULES],
    ["German plain-text guide", GERMAN_GUIDE, GERMAN_GUIDE_RULES],
  ] as const)("finds at least 80 %% of the rules of the %s and invents none", (_name, guide, expected) => {
    const result = score(extractRulesLocally(guide), expected);
    expect(result.invented, "invented rules").toEqual([]);
    expect(result.recall, `missed: ${result.missed.join("; ")}`).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps the guide's line as evidence for each proposal", () => {
    const proposals = extractRulesLocally(GERMAN_GUIDE);
    const pair = proposals.find((p) => p.type === "preferred_term" && p.rule.avoid === "Abenteuer");
    expect(pair?.evidence).toBe("- Tour statt Abenteuer");
  });

  it("limits a pair to the language it is written in: the English rucksack pair does not touch German copy", () => {
    const proposals = extractRulesLocally(GERMAN_GUIDE);
    expect(proposals.find((p) => p.type === "preferred_term" && p.rule.avoid === "rucksack")?.rule).toMatchObject({ language: "en" });
  });

  it("reads the counter-example after 'nicht' as no rule", () => {
    const formats = extractRulesLocally(GERMAN_GUIDE).filter((p) => p.type === "formatting" && p.rule.priceFormat);
    expect(formats.map((p) => p.rule)).toEqual([{ priceFormat: { de: { decimals: "always", symbol: "after", space: true } } }]);
  });

  it("proposes nothing from prose without rules", () => {
    expect(extractRulesLocally("# About us\nWe started in 2009 in Leeds. Our backpacks are made to last, and we repair what we sell.\n\n## Team\nTwelve people work here.")).toEqual([]);
  });

  it("reads the du form and a one-line list", () => {
    const proposals = extractRulesLocally("Tone\nWir duzen unsere Kundschaft.\n\nVerbotene Begriffe: billig, Schnäppchen, krass");
    expect(proposals.map((p) => p.rule)).toEqual([{ formality: "du" }, { term: "billig", reason: null, language: "de" }, { term: "Schnäppchen", reason: null, language: "de" }, { term: "krass", reason: null, language: "de" }]);
  });
  it("reads a closing parenthesis as the disclaimer's condition even without a full stop before it", () => {
    const guide = "# Hinweise\n\n## Pflichthinweise\n\n- Wassersäule gemessen nach EN 343 (nur bei Google-Anzeigen)\n- Preise gelten für Deutschland (inkl. Versand)\n";
    const disclaimers = extractRulesLocally(guide).filter((proposal) => proposal.type === "disclaimer");
    expect(disclaimers.map((proposal) => proposal.rule)).toContainEqual(expect.objectContaining({ channel: "google-rsa", text: "Wassersäule gemessen nach EN 343" }));
    // A parenthesis that names no condition stays part of the text.
    expect(disclaimers.map((proposal) => (proposal.rule as { text: string }).text)).toContain("Preise gelten für Deutschland (inkl. Versand)");
  });
  it("reads e-mail and newsletter conditions as the e-mail kind", () => {
    const guide = "# Hinweise\n\n## Pflichthinweise\n\n- Angebot gilt nur solange der Vorrat reicht (nur in Newslettern)\n";
    const disclaimers = extractRulesLocally(guide).filter((proposal) => proposal.type === "disclaimer");
    expect(disclaimers.map((proposal) => proposal.rule)).toContainEqual(expect.objectContaining({ channel: "email", text: "Angebot gilt nur solange der Vorrat reicht" }));
  });
  it("reads the only line under a disclaimer heading as the disclaimer (a one-item list comes back from the index as a plain line)", () => {
    const guide = "# Guide\n\n## Disclaimers\n\nWater column measured per EN 343 (only for Google ads)\n\n## About us\n\nWe make jackets.\n";
    const disclaimers = extractRulesLocally(guide).filter((proposal) => proposal.type === "disclaimer");
    expect(disclaimers.map((proposal) => proposal.rule)).toEqual([expect.objectContaining({ channel: "google-rsa", text: "Water column measured per EN 343" })]);
  });
  it("reads a words table by its header: the avoid column becomes banned terms with the why column as reason, the say column nothing", () => {
    const table = [
      "## Words we use and words we avoid",
      "",
      "| We say | We never say | Why |",
      "| --- | --- | --- |",
      "| weatherproof, wetterfest | indestructible, unzerstörbar | Every jacket can tear on rock. |",
      "| Tour, trip | Outdoor-Abenteuer, epic adventure | Understatement. |",
      "| waterproof, always with the water column | waterproof without a number | The claim needs its proof. |",
    ].join("\n");
    // The same table as it comes back from the index: rows as list items, no separator.
    const rebuilt = table.split("\n").filter((line) => !line.includes("---")).map((line) => (line.startsWith("|") ? `- ${line.replace(/^\| | \|$/g, "")}` : line)).join("\n");
    for (const guide of [table, rebuilt]) {
      const banned = extractRulesLocally(guide, { language: "en" }).filter((proposal) => proposal.type === "banned_term").map((proposal) => proposal.rule);
      expect(banned).toEqual([
        { term: "indestructible", reason: "Every jacket can tear on rock.", language: null },
        { term: "unzerstörbar", reason: "Every jacket can tear on rock.", language: null },
        { term: "Outdoor-Abenteuer", reason: "Understatement.", language: null },
        { term: "epic adventure", reason: "Understatement.", language: null },
      ]);
    }
  });

  it("reads no terms from a table whose header does not say which column to avoid", () => {
    const guide = "## Banned terms\n\n| Tour, trip | Outdoor-Abenteuer |\n| Rad | Drahtesel |\n";
    expect(extractRulesLocally(guide, { language: "de" }).filter((proposal) => proposal.type === "banned_term")).toEqual([]);
  });
});
