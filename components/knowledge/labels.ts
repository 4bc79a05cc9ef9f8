import { ROLE_LABELS } from "@/lib/knowledge/source-roles";

/** A source's kind is its role: the labels come from the module that decides what each role may do. */
export const KIND_LABELS: Record<string, string> = ROLE_LABELS;

export const CLASSIFICATION_LABELS: Record<string, string> = {
  public: "Public",
  internal: "Internal",
  confidential: "Confidential",
};

export const LANGUAGE_LABELS: Record<string, string> = { de: "German", en: "English" };

export const STATUS_LABELS: Record<string, string> = {
  queued: "Queued",
  processing: "Processing",
  ready: "Ready",
  failed: "Failed",
  duplicate: "Duplicate",
  retired: "Retired",
};
