import { useTranslations } from "next-intl";

const PERSONAL_DATA_TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "CARD", "TAX_ID", "SOCIAL_SECURITY_ID", "DATE_OF_BIRTH", "ADDRESS", "SOCIAL_HANDLE"] as const;
type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];
const isKnownType = (type: string): type is PersonalDataType => (PERSONAL_DATA_TYPES as readonly string[]).includes(type);

/** The types found at ingestion with their counts, never the values; unknown types keep their stored name. */
export function personalDataEntries(counts: Partial<Record<string, number>>): { type: string; count: number }[] {
  return Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([type, n]) => ({ type, count: n ?? 0 }));
}

/** "names (2), e-mail addresses (1)" in the reader's language. */
export function usePersonalDataText() {
  const t = useTranslations("knowledge.personalData");
  return (counts: Partial<Record<string, number>>) =>
    personalDataEntries(counts)
      .map(({ type, count }) => t("entry", { type: isKnownType(type) ? t(`types.${type}`) : type.toLowerCase(), count }))
      .join(", ");
}

/**
 * A source (or version) that holds personal data, as found when its chunks were indexed. Prompts
 * quoting those chunks go to local or self-hosted models only.
 */
export function PersonalDataBadge({ summary }: { summary: { holdsPersonalData: boolean; counts: Partial<Record<string, number>> } | null | undefined }) {
  const t = useTranslations("knowledge.personalData");
  const describe = usePersonalDataText();
  if (!summary?.holdsPersonalData) return null;
  return (
    <span className="ml-2 inline-block rounded bg-violet-100 px-1.5 py-0.5 text-xs text-violet-900" data-testid="personal-data-badge" title={t("hint")}>
      {t("badge", { types: describe(summary.counts) })}
    </span>
  );
}
