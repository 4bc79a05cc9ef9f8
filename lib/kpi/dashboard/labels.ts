const AD_PLATFORM_LABELS: Record<string, string> = { "google-ads": "Google Ads", "meta-ads": "Meta Ads" };

/** "google-ads" → "Google Ads"; custom mappings' platform names are shown as typed. */
export function adPlatformLabel(platform: string): string {
  return AD_PLATFORM_LABELS[platform] ?? platform;
}
