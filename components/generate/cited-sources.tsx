import { useTranslations } from "next-intl";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

/** The numbered passages the citation chips refer to, for reading them all at once. */
export function CitedSources({ sources }: { sources: readonly SourcePassage[] }) {
  const t = useTranslations("generate.citations");
  if (sources.length === 0) return null;
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-semibold text-slate-900">{t("sourcesSummary", { count: sources.length })}</summary>
      <ol className="mt-2 space-y-2">
        {sources.map((source, index) => (
          <li key={source.chunkId} className="text-slate-700">
            <span className="font-mono text-xs">[{index + 1}]</span> <span className="font-medium">{source.title}</span>
            {source.url ? (
              <a className="ml-1 text-xs break-all text-brand-700 underline" href={source.url} target="_blank" rel="noreferrer">
                {source.url}
              </a>
            ) : null}
            <p className="mt-0.5 line-clamp-3 text-xs text-slate-600">{source.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
