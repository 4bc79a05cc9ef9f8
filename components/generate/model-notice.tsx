import { useTranslations } from "next-intl";
import { LocalExtractiveBadge, PrivacyNote } from "@/components/ui/model-disclosure";
import type { ResultEvent } from "./parse-event";

export { LOCAL_EXTRACTIVE_LABEL } from "@/components/ui/model-disclosure";

/**
 * Who wrote the draft, and what was sent to whom for it. The badge and the privacy note are
 * shared with the Knowledge page's answers (components/ui/model-disclosure.tsx), so every
 * result says the same things the same way.
 */
export function ModelNotice({ result }: { result: ResultEvent }) {
  const t = useTranslations("generate.modelNotice");
  return (
    <div className="space-y-2 text-sm">
      {result.isLocalExtractive ? <LocalExtractiveBadge /> : null}
      <PrivacyNote privacy={result.privacy} model={result.model} />
      {result.isBestEffort ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t.rich("bestEffort", {
            strong: (chunks) => (
              <span className="font-semibold">
                <span aria-hidden="true">⚠</span> {chunks}
              </span>
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}
