"use client";

import { useTranslations } from "next-intl";
import { CommentThread } from "./comment-thread";
import { CommentComposer } from "./comment-form";
import { useComments } from "./comments-context";

/** Under each field: its comments (open ones highlighted) and a "Comment" button. */
export function FieldComments({ path, label }: { path: string; label: string }) {
  const { comments } = useComments();
  const own = comments.filter((comment) => comment.fieldPath === path);
  const t = useTranslations("assets.comments");
  return (
    <div className="mt-1 space-y-2" data-testid={`field-comments-${path}`}>
      <CommentThread comments={own} />
      <CommentComposer fieldPath={path} label={t("commentOn", { field: label })} buttonText={t("comment")} />
    </div>
  );
}

/**
 * The asset's comments at a glance: where the field comments are (with links to their fields,
 * where they can be answered and resolved) and the comments on the whole asset.
 */
export function CommentsOverview() {
  const { comments, resolveError, fieldAnchor } = useComments();
  const t = useTranslations("assets.comments");
  const open = comments.filter((comment) => comment.resolvedAt === null).length;
  const whole = comments.filter((comment) => comment.fieldPath === null);
  const byField = new Map<string, { label: string; open: number; total: number }>();
  for (const comment of comments) {
    if (comment.fieldPath === null) continue;
    const entry = byField.get(comment.fieldPath) ?? { label: comment.fieldLabel, open: 0, total: 0 };
    entry.total += 1;
    if (comment.resolvedAt === null) entry.open += 1;
    byField.set(comment.fieldPath, entry);
  }
  return (
    <section aria-labelledby="comments-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="comments-overview">
      <h2 id="comments-heading" className="text-lg font-medium">
        {t("heading", { open, resolved: comments.length - open })}
      </h2>
      {resolveError ? (
        <p role="alert" className="text-sm text-red-700">
          {resolveError}
        </p>
      ) : null}
      {comments.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      {byField.size > 0 ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...byField].map(([path, entry]) => (
            <li key={path}>
              <a href={`#${fieldAnchor(path)}`} className={`rounded-md border px-2 py-1 underline ${entry.open > 0 ? "border-amber-400 bg-amber-50 text-amber-900" : "border-slate-200 text-slate-700"}`}>
                {t("fieldSummary", { field: entry.label, open: entry.open })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <CommentThread comments={whole} />
      <CommentComposer fieldPath={null} label={t("commentOnAsset")} buttonText={t("commentOnAsset")} />
    </section>
  );
}
