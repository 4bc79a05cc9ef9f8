import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "@/lib/assets/validate/types";
import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { citedPaths, issuesAt, stateOfIssues } from "./issue-paths";
import { issueCountsText } from "./use-generation-text";

const formatIssueCounts = (counts: { errors: number; warnings: number }, locale: "en" | "de" = "en") =>
  issueCountsText(createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "generate.status" }), counts);

const issue = (path: string, severity: ValidationIssue["severity"] = "error"): ValidationIssue => ({ path, rule: "r", severity, message: path });

describe("issuesAt", () => {
  const issues = [issue("headlines[1].text"), issue("headlines[10].text"), issue("headlines[1].citations[0]", "warning"), issue("jsonLd[0].offers.price"), issue("title.text")];

  it("matches a field's paths and everything below them, not siblings with a longer index", () => {
    expect(issuesAt(issues, citedPaths("headlines[1]")).map((i) => i.path)).toEqual(["headlines[1].text", "headlines[1].citations[0]"]);
    expect(issuesAt(issues, ["jsonLd"]).map((i) => i.path)).toEqual(["jsonLd[0].offers.price"]);
    expect(issuesAt(issues, ["title"]).map((i) => i.path)).toEqual(["title.text"]);
    expect(issuesAt(issues, ["titles"])).toEqual([]);
  });
});

describe("stateOfIssues", () => {
  it("is the worst severity, or ok", () => {
    expect(stateOfIssues([])).toBe("ok");
    expect(stateOfIssues([issue("a", "warning")])).toBe("warning");
    expect(stateOfIssues([issue("a", "warning"), issue("b")])).toBe("error");
  });
});

describe("formatIssueCounts", () => {
  it("says Valid or counts with plurals", () => {
    expect(formatIssueCounts({ errors: 0, warnings: 0 })).toBe("Valid");
    expect(formatIssueCounts({ errors: 2, warnings: 1 })).toBe("2 errors, 1 warning");
    expect(formatIssueCounts({ errors: 0, warnings: 3 })).toBe("0 errors, 3 warnings");
    expect(formatIssueCounts({ errors: 0, warnings: 0 }, "de")).toBe("Gültig");
    expect(formatIssueCounts({ errors: 1, warnings: 2 }, "de")).toBe("1 Fehler, 2 Warnungen");
  });
});
