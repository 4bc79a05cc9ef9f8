import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { ValidationIssue, ValidationReport } from "@/lib/assets/validate/types";
import type { RuleEvaluation, RuleTexts } from "./types";

type RuleGroup = { id: string; ruleType: "platform" | "grounding"; label: string; matches: RegExp; kinds?: readonly AssetKind[] };

/**
 * The validator's checks as rules of the score. A validation report lists only what failed, so
 * the rules that apply to a kind are declared here, one per concern (all length limits are one
 * rule, not one per field: a long headline should not weigh like ten brand rules). First match wins.
 */
const RULE_GROUPS: readonly RuleGroup[] = [
  { id: "schema", ruleType: "platform", label: "The structure matches the channel's format.", matches: /^schema\./ },
  { id: "grounding.citations", ruleType: "grounding", label: "Every factual text cites a known source.", matches: /^grounding\.(missing|unknown)_citation$/ },
  { id: "grounding.numbers", ruleType: "grounding", label: "Every number appears in a cited source.", matches: /^grounding\.unsupported_number$/ },
  { id: "tracking", ruleType: "platform", label: "Landing URL and UTM parameters are well-formed.", matches: /^(utm|final_url|tracking)\./, kinds: ["google-rsa", "meta-ad", "linkedin-ad", "email", "linkedin-post", "x-post"] },
  { id: "email.structure", ruleType: "platform", label: "Sections, a button without claims, and a footer with an unsubscribe link.", matches: /^email\.(sections|section\.body|cta|footer)\./, kinds: ["email"] },
  { id: "rsa.counts", ruleType: "platform", label: "Enough headlines and descriptions, not too many.", matches: /^rsa\..*\.(too_few|too_many)$/, kinds: ["google-rsa"] },
  { id: "rsa.editorial", ruleType: "platform", label: "Google's editorial policy (punctuation, capitals, symbols, duplicates, pins).", matches: /^rsa\.(headline\.exclamation|exclamation|punctuation|caps|symbols|emoji|headline\.duplicate|description\.duplicate|pins)/, kinds: ["google-rsa"] },
  { id: "seo.structure", ruleType: "platform", label: "Page structure: slug, keywords, H1, outline and FAQ.", matches: /^seo\.(slug|keywords|h1|outline|faq)\./, kinds: ["seo-page", "article"] },
  { id: "seo.links", ruleType: "platform", label: "Internal links point to known pages.", matches: /^seo\.internal_link\./, kinds: ["seo-page", "article"] },
  { id: "seo.hreflang", ruleType: "platform", label: "Language alternates (hreflang) are complete and valid.", matches: /^seo\.hreflang\./, kinds: ["seo-page"] },
  { id: "seo.json_ld", ruleType: "platform", label: "Structured data (JSON-LD) meets Google's requirements.", matches: /^(jsonld|article\.json_ld)\./, kinds: ["seo-page", "article"] },
  { id: "article.body", ruleType: "platform", label: "Article body: lead, sections, canonical URL, transitions and at most 2,000 words.", matches: /^article\./, kinds: ["article"] },
  { id: "social.hashtags", ruleType: "platform", label: "Hashtags are well-formed and within the network's count.", matches: /^(hashtag|instagram_post\.hashtags)\./, kinds: ["linkedin-post", "instagram-post", "x-post"] },
  { id: "merchant.product_id", ruleType: "platform", label: "The feed row is keyed by this product's id in the shop's feed.", matches: /^merchant\.product_id\./, kinds: ["merchant-feed"] },
  { id: "merchant.editorial", ruleType: "platform", label: "Google Merchant's editorial requirements (no promotion, capitals, symbols, contact details).", matches: /^merchant\.(promotional|caps|punctuation|symbols|phone|contact)$/, kinds: ["merchant-feed"] },
  { id: "merchant.highlights", ruleType: "platform", label: "No more product highlights than the feed takes.", matches: /^merchant\.highlights\./, kinds: ["merchant-feed"] },
  { id: "lengths", ruleType: "platform", label: "Every text is within the channel's length limits.", matches: /\.(max_length|empty)$/ },
];

/**
 * Turns a validation report into rule evaluations. Brand issues are left to the brand-rule
 * evaluation (one rule per term or disclaimer). Warnings are advice ("shorter titles show in
 * full"), not broken rules, so only errors fail a rule; an error no group knows becomes a
 * failing rule of its own, so a new validator check can never raise a score.
 */
export function evaluateValidationRules(kind: AssetKind, report: ValidationReport): RuleEvaluation[] {
  const groups = RULE_GROUPS.filter((group) => !group.kinds || group.kinds.includes(kind));
  const failures = new Map<string, ValidationIssue[]>();
  const unknown = new Map<string, ValidationIssue[]>();
  for (const issue of report.issues) {
    if (issue.severity !== "error" || issue.rule.startsWith("brand.")) continue;
    const group = groups.find((candidate) => candidate.matches.test(issue.rule));
    const bucket = group ? failures : unknown;
    const key = group ? group.id : issue.rule;
    bucket.set(key, [...(bucket.get(key) ?? []), issue]);
  }
  return [
    ...groups.map((group): RuleEvaluation => {
      const issues = failures.get(group.id);
      return { ruleId: group.id, ruleType: group.ruleType, applicable: true, passed: !issues, message: issues ? summarize(issues) : group.label, ...textsOf(issues) };
    }),
    ...[...unknown].map(([rule, issues]): RuleEvaluation => ({ ruleId: rule, ruleType: rule.startsWith("grounding.") ? "grounding" : "platform", applicable: true, passed: false, message: summarize(issues), ...textsOf(issues) })),
  ];
}

const SHOWN = 3;

function summarize(issues: readonly ValidationIssue[]): string {
  const messages = issues.map((issue) => issue.message);
  const shown = messages.slice(0, SHOWN).join(" ");
  return messages.length > 3 ? `${shown} (and ${messages.length - 3} more)` : shown;
}

/** The same summary as codes for the UI, when every shown issue has one. */
function textsOf(issues: readonly ValidationIssue[] | undefined): { texts?: RuleTexts } {
  if (!issues) return {};
  const shown = issues.slice(0, SHOWN);
  if (!shown.every((issue) => issue.code)) return {};
  return { texts: { shown: shown.map((issue) => ({ path: issue.path, code: issue.code!, ...(issue.params ? { params: issue.params } : {}) })), more: Math.max(0, issues.length - SHOWN) } };
}
