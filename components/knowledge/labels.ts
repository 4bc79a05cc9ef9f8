export const KIND_LABELS: Record<string, string> = {
  brand_voice: "Brand voice & style guide",
  product: "Product",
  policy: "Policy & legal claims",
  campaign: "Campaign",
  other: "Other",
};

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
