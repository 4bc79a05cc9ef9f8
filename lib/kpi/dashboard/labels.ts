import type { Task } from "@/lib/ai/routing/policy";
import { ASSET_KIND_LABELS, ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";

/*
 * Managers read the dashboard, so it names things as people do: "Google Ads", not "google-ads";
 * "Google responsive search ad", not "google-rsa"; an asset's title, not "ast_…". Unknown codes
 * (a custom mapping's platform, a task added later) are shown as typed rather than hidden.
 */

const AD_PLATFORM_LABELS: Record<string, string> = { "google-ads": "Google Ads", "meta-ads": "Meta Ads" };

/** "google-ads" → "Google Ads"; custom mappings' platform names are shown as typed. */
export function adPlatformLabel(platform: string): string {
  return AD_PLATFORM_LABELS[platform] ?? platform;
}

export function isAssetKind(value: string): value is AssetKind {
  return (ASSET_KINDS as readonly string[]).includes(value);
}

/** "google-rsa" → "Google responsive search ad"; "" for an asset that no longer exists. */
export function assetKindLabel(kind: string | null): string {
  if (!kind) return "";
  return isAssetKind(kind) ? ASSET_KIND_LABELS[kind] : kind;
}

// A Record over the router's task list, so a new task fails the type check until it gets a label.
const MODEL_TASK_LABELS: Record<Task, string> = {
  "seo-asset": "Write an SEO page or blog article",
  "ad-variants": "Write ad variants",
  "rewrite-field": "Regenerate a field",
  "answer-question": "Answer a question",
  "extract-rules": "Propose brand rules",
  judge: "Check a draft (judge)",
  embed: "Embed text for search",
  rerank: "Rank search results",
};

/** A model task's code ("rewrite-field") as a short description ("Regenerate a field"). */
export function modelTaskLabel(task: string): string {
  return Object.hasOwn(MODEL_TASK_LABELS, task) ? MODEL_TASK_LABELS[task as Task] : task;
}

// The task's key in `kpiTables.tasks` (messages keys are camelCase).
const MODEL_TASK_MESSAGE_KEYS = {
  "seo-asset": "seoAsset",
  "ad-variants": "adVariants",
  "rewrite-field": "rewriteField",
  "answer-question": "answerQuestion",
  "extract-rules": "extractRules",
  judge: "judge",
  embed: "embed",
  rerank: "rerank",
} as const satisfies Record<Task, string>;

/** A model task's message key for the page; null for a task code the app does not know (shown as typed). */
export function modelTaskMessageKey(task: string): (typeof MODEL_TASK_MESSAGE_KEYS)[Task] | null {
  return Object.hasOwn(MODEL_TASK_MESSAGE_KEYS, task) ? MODEL_TASK_MESSAGE_KEYS[task as Task] : null;
}

/** An asset's title, or what the dashboard says when the asset was deleted since its ads ran. */
export function assetTitleLabel(title: string | null): string {
  return title ?? "(deleted asset)";
}
