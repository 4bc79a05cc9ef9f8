const TYPE_LABELS: Record<string, string> = {
  PERSON: "names",
  EMAIL: "e-mail addresses",
  PHONE: "phone numbers",
  IBAN: "IBANs",
  CARD: "card numbers",
  TAX_ID: "tax ids",
  SOCIAL_SECURITY_ID: "social-security ids",
  DATE_OF_BIRTH: "dates of birth",
  ADDRESS: "postal addresses",
  SOCIAL_HANDLE: "social handles",
};

/** "names (2), e-mail addresses (1)": the types found at ingestion, with counts, never the values. */
export function describePersonalData(counts: Partial<Record<string, number>>): string {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([type, n]) => `${TYPE_LABELS[type] ?? type.toLowerCase()} (${n})`)
    .join(", ");
}

/**
 * A source (or version) that holds personal data, as found when its chunks were indexed. Prompts
 * quoting those chunks go to local or self-hosted models only.
 */
export function PersonalDataBadge({ summary }: { summary: { holdsPersonalData: boolean; counts: Partial<Record<string, number>> } | null | undefined }) {
  if (!summary?.holdsPersonalData) return null;
  const types = describePersonalData(summary.counts);
  return (
    <span
      className="ml-2 inline-block rounded bg-violet-100 px-1.5 py-0.5 text-xs text-violet-900"
      data-testid="personal-data-badge"
      title="Found when the chunks were indexed. Prompts that quote these chunks go to local or self-hosted models only."
    >
      Personal data: {types}
    </span>
  );
}
