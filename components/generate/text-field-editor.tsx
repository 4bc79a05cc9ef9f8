"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { CitationList } from "./citation-list";
import { FieldTools } from "./field-tools";
import { fieldId, useFieldContext } from "./field-context";
import { CharCount, IssueMessages, StateBadge } from "./field-status";
import { issuesAt, stateOfIssues, worstState } from "./issue-paths";
import { lengthStatus, type FieldLimit } from "./length-status";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm read-only:bg-slate-50 read-only:text-slate-700 aria-[invalid=true]:border-red-500";

export type TextFieldEditorProps = {
  /** Path of the text in the asset, e.g. `headlines[2].text`; also the field's id. */
  path: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Report paths this field owns (see issue-paths.ts); defaults to `path`. */
  issuePaths?: readonly string[];
  limit?: FieldLimit;
  citations?: readonly string[];
  multiline?: boolean;
  rows?: number;
  /** Extra marker next to the label, e.g. a pin badge. */
  badge?: ReactNode;
  type?: "text" | "url";
  className?: string;
};

/**
 * One editable text with everything a marketer needs to judge it: a live grapheme count
 * against the platform limit, the report's issues for this field, and its citations. The
 * state shown is the worse of the saved report and the live count, so typing past a limit
 * shows at once, before the next save re-validates.
 */
export function TextFieldEditor({
  path,
  label,
  value,
  onChange,
  issuePaths,
  limit,
  citations = [],
  multiline = false,
  rows = 3,
  badge,
  type = "text",
  className = "",
}: TextFieldEditorProps) {
  const t = useTranslations("generate.field");
  const { idPrefix, issues, readOnly, streaming, regenerate, regeneratingPath, fieldAddon, recordEdit, sealField } = useFieldContext();
  const id = fieldId(idPrefix, path);
  const length = visibleLength(value);
  const fieldIssues = streaming ? [] : issuesAt(issues, issuePaths ?? [path]);
  // A field the model has not reached yet is not "required but empty"; judge only finished text.
  const countLimit = streaming && limit ? { ...limit, required: false } : limit;
  const state = streaming ? "ok" : worstState(stateOfIssues(fieldIssues), limit ? lengthStatus(length, limit).state : "ok");
  const describedBy = [limit ? `${id}-count` : null, fieldIssues.length > 0 ? `${id}-issues` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    readOnly,
    "aria-invalid": state === "error" ? true : undefined,
    "aria-describedby": describedBy,
    onBlur: () => sealField?.(path),
  } as const;
  // The value before the change goes into the field's history first, so the edit can be undone.
  const change = (next: string) => {
    recordEdit?.(path);
    onChange(next);
  };

  return (
    <div className={className}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="flex items-baseline gap-2">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {label}
          </label>
          {badge}
        </span>
        <span className="flex items-center gap-2">
          {/* Only cited (factual) fields can be rewritten from the sources. */}
          {regenerate && !readOnly && !streaming && citations.length > 0 ? (
            <button
              type="button"
              onClick={() => regenerate(path)}
              disabled={regeneratingPath !== null && regeneratingPath !== undefined}
              aria-label={t("regenerateLabel", { field: label })}
              className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:text-slate-400"
            >
              {regeneratingPath === path ? t("regenerating") : t("regenerate")}
            </button>
          ) : null}
          <FieldTools path={path} label={label} value={value} />
          {streaming ? null : <StateBadge state={state} />}
        </span>
      </div>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => change(event.target.value)} className={CONTROL} />
      ) : (
        <input {...common} type={type} onChange={(event) => change(event.target.value)} className={`${CONTROL} min-h-10`} />
      )}
      <div className="mt-1 flex flex-wrap items-start justify-between gap-2">
        <CitationList citations={citations} label={label} />
        {/* Counted only against a platform limit; a count on URLs and slugs would be noise. */}
        {countLimit ? <CharCount id={`${id}-count`} length={length} limit={countLimit} /> : null}
      </div>
      <IssueMessages id={`${id}-issues`} issues={fieldIssues} />
      {fieldAddon && !streaming ? fieldAddon({ path, label }) : null}
    </div>
  );
}
