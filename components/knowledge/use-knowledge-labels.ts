import { useTranslations } from "next-intl";
import { isClassification, isContentLanguage, isSourceRole, isSourceStatus } from "./labels";

/** Words for stored knowledge values in the reader's language (server and client components alike). */
export function useKnowledgeLabels() {
  const t = useTranslations("knowledge");
  return {
    role: (kind: string) => (isSourceRole(kind) ? t(`roles.${kind}`) : kind),
    classification: (value: string) => (isClassification(value) ? t(`classifications.${value}`) : value),
    status: (value: string) => (isSourceStatus(value) ? t(`statuses.${value}`) : value),
    language: (value: string) => (isContentLanguage(value) ? t(`languages.${value}`) : value),
  };
}
