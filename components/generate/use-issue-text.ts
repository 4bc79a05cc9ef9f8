import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { FailingRule } from "@/lib/assets/compliance/types";
import type { ValidationIssue } from "@/lib/assets/validate/types";

type FieldsT = ReturnType<typeof useTranslations<"validationIssues.fields">>;

// Top-level path segments with a name of their own; `[n]` after one picks the numbered form.
const NAMED = {
  headline: "headline",
  description: "description",
  title: "title",
  metaDescription: "metaDescription",
  h1: "h1",
  primaryText: "primaryText",
  intro: "intro",
  subject: "subject",
  preheader: "preheader",
  callToAction: "callToAction",
  footer: "footer",
  text: "text",
  lead: "lead",
  finalUrl: "finalUrl",
  utm: "utm",
  canonicalUrl: "canonicalUrl",
  productId: "productId",
  slug: "slug",
  hashtags: "hashtags",
} as const;

const NUMBERED = {
  headlines: "headlineN",
  descriptions: "descriptionN",
  sections: "sectionN",
  outline: "outlineN",
  faq: "faqN",
  highlights: "highlightN",
  hashtags: "hashtagN",
  targetKeywords: "targetKeywordN",
  internalLinks: "internalLinkN",
} as const;

/**
 * The field an issue is about, named from its path in the member's language (`headlines[2].text` → "Headline 3"):
 * validators name fields in English inside their `message`, so the UI derives the name rather than reuse it.
 * A path without a name of its own is shown as it is.
 */
export function issueFieldLabel(t: FieldsT, path: string): string {
  if (path === "") return t("asset");
  const pathField = /^path([12])$/.exec(path);
  if (pathField) return t("pathN", { n: Number(pathField[1]) });
  const match = /^([A-Za-z0-9]+)(?:\[(\d+)\])?(.*)$/.exec(path);
  if (!match) return t("path", { path });
  const [, segment, index, rest] = match;
  if (index !== undefined && segment && segment in NUMBERED) {
    const n = Number(index) + 1;
    if (segment === "sections" && rest?.startsWith(".heading")) return t("sectionHeadingN", { n });
    const paragraph = segment === "sections" ? /^\.paragraphs\[(\d+)\]/.exec(rest ?? "") : null;
    if (paragraph) return t("sectionParagraphN", { n, p: Number(paragraph[1]) + 1 });
    return t(NUMBERED[segment as keyof typeof NUMBERED], { n });
  }
  if (index === undefined && segment && segment in NAMED) return t(NAMED[segment as keyof typeof NAMED]);
  return t("path", { path });
}

/**
 * An issue's sentence in the member's language: from `validationIssues.codes` when the validator gave a code, else
 * its English `message` (issues without a translation yet, and reports stored before codes existed).
 */
export function useIssueText(): (issue: Pick<ValidationIssue, "path" | "message" | "code" | "params">) => string {
  const t = useTranslations("validationIssues.codes");
  const fields = useTranslations("validationIssues.fields");
  return useCallback(
    (issue: Pick<ValidationIssue, "path" | "message" | "code" | "params">) => {
      if (!issue.code) return issue.message;
      const { earlierPath, ...params } = issue.params ?? {};
      // A second field the issue names (the earlier of two duplicates) travels as a path, named like the first.
      const values: Record<string, string | number> = { field: issueFieldLabel(fields, issue.path), ...params };
      if (typeof earlierPath === "string") values.earlier = issueFieldLabel(fields, earlierPath);
      return t(issue.code, values);
    },
    [t, fields],
  );
}

/** A failing compliance rule's reason: its issues in the member's language when they have codes, else its English message. */
export function useRuleText(): (rule: FailingRule) => string {
  const issueText = useIssueText();
  const t = useTranslations("validationIssues");
  return useCallback(
    (rule: FailingRule) => {
      if (!rule.texts) return rule.message;
      const text = rule.texts.shown.map((shown) => issueText({ ...shown, message: "" })).join(" ");
      return rule.texts.more > 0 ? t("andMore", { text, count: rule.texts.more }) : text;
    },
    [issueText, t],
  );
}
