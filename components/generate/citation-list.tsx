"use client";

import { useTranslations } from "next-intl";
import { CitationChip } from "./citation-chip";
import { useFieldContext } from "./field-context";

/** The citations of one field as chips numbered by the source list, so "[2]" means the same passage everywhere in the card. */
export function CitationList({ citations, label }: { citations: readonly string[]; label: string }) {
  const t = useTranslations("generate.citations");
  const { sources, streaming } = useFieldContext();
  if (streaming || citations.length === 0) return null;
  return (
    <span role="group" aria-label={t("listLabel", { field: label })} className="inline-flex flex-wrap gap-1">
      {citations.map((chunkId, index) => {
        const position = sources.findIndex((source) => source.chunkId === chunkId);
        return <CitationChip key={`${chunkId}-${index}`} chunkId={chunkId} number={position === -1 ? null : position + 1} source={sources[position]} />;
      })}
    </span>
  );
}
