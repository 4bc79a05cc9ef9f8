const CHANNEL_LABELS: Record<string, string> = { "google-ads": "Google Ads", "meta-ads": "Meta Ads" };

/** "google-ads" → "Google Ads"; custom mappings' channel names are shown as typed. */
export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel;
}
