"use client";

import { useTranslations } from "next-intl";
import { useComments, type CommentView } from "./comments-context";

/**
 * Comments of one field or of the whole asset. Open ones stand out (border, "Open" in words);
 * resolved ones fold away but stay readable, because the history of a decision matters.
 */
export function CommentThread({ comments }: { comments: CommentView[] }) {
  const open = comments.filter((comment) => comment.resolvedAt === null);
  const resolved = comments.filter((comment) => comment.resolvedAt !== null);
  const t = useTranslations("assets.comments");
  if (comments.length === 0) return null;
  return (
    <div className="space-y-2">
      {open.length > 0 ? (
        <ul className="space-y-2">
          {open.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      ) : null}
      {resolved.length > 0 ? (
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer">
            {t("resolvedCount", { count: resolved.length })}
          </summary>
          <ul className="mt-2 space-y-2">
            {resolved.map((comment) => (
              <CommentItem key={comment.id} comment={comment} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function CommentItem({ comment }: { comment: CommentView }) {
  const { setResolved, resolvingId, canComment } = useComments();
  const isOpen = comment.resolvedAt === null;
  const t = useTranslations("assets.comments");
  return (
    <li
      data-testid="comment"
      data-open={isOpen || undefined}
      className={`rounded-md border px-3 py-2 text-sm ${isOpen ? "border-amber-400 bg-amber-50 text-slate-900" : "border-slate-200 bg-white text-slate-600"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-xs">
        <span>
          <span className={`mr-1 font-semibold ${isOpen ? "text-amber-900" : "text-slate-600"}`}>{isOpen ? t("open") : t("resolved")}</span>
          {t("meta", { author: comment.authorName, time: comment.createdAt, version: comment.version })}
        </span>
        {canComment ? (
          <button
            type="button"
            onClick={() => resolvingId === null && setResolved(comment.id, isOpen)}
            aria-disabled={resolvingId === comment.id || undefined}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100"
          >
            {isOpen ? t("resolve") : t("reopen")}
            <span className="sr-only"> {t("byAuthor", { author: comment.authorName })}</span>
          </button>
        ) : null}
      </div>
      <p className="mt-1 whitespace-pre-line">{comment.body}</p>
    </li>
  );
}
