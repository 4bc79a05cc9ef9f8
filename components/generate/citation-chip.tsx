"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

/**
 * A citation as "[1]": hover or keyboard focus shows the source's title and passage. The
 * passage is always in the DOM (hidden when closed) and linked with aria-describedby, so a
 * screen reader reads it on focus without waiting for a re-render. The popover stays open while
 * the pointer is over it, and Escape closes it (WCAG 1.4.13).
 */
export function CitationChip({ number, chunkId, source }: { number: number | null; chunkId: string; source: SourcePassage | undefined }) {
  const t = useTranslations("generate.citations");
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const label = source && number !== null ? t("sourceLabel", { number, title: source.title }) : t("unknownSource", { chunkId });

  return (
    <span className="relative inline-block" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        aria-label={label}
        aria-describedby={popoverId}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        // Touch has no hover: a tap focuses and opens; tapping again must not close it mid-read.
        onClick={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
        className={`rounded px-1 font-mono text-xs ${source ? "bg-brand-50 text-brand-700 hover:bg-brand-100" : "bg-red-50 text-red-800"}`}
      >
        [{number ?? "?"}]
      </button>
      <span
        id={popoverId}
        role="tooltip"
        hidden={!open}
        className="absolute top-full left-0 z-20 mt-1 block w-80 max-w-[80vw] rounded-md border border-slate-200 bg-white p-3 text-left text-xs text-slate-800 shadow-lg"
      >
        {source ? (
          <>
            <span className="block font-semibold text-slate-900">{source.title}</span>
            {source.url ? <span className="block break-all text-slate-500">{source.url}</span> : null}
            <span className="mt-1 block whitespace-pre-line">{source.text}</span>
          </>
        ) : (
          <span className="block">{t("unknownChunk", { chunkId })}</span>
        )}
      </span>
    </span>
  );
}
