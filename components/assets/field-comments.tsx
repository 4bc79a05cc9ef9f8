"use client";

import { CommentThread } from "./comment-thread";
import { CommentComposer } from "./comment-form";
import { useComments } from "./comments-context";

/** Under each field: its comments (open ones highlighted) and a "Comment" button. */
export function FieldComments({ path, label }: { path: string; label: string }) {
  const { comments } = useComments();
  const own = comments.filter((comment) => comment.fieldPath === path);
  return (
    <div className="mt-1 space-y-2" data-testid={`field-comments-${path}`}>
      <CommentThread comments={own} />
      <CommentComposer fieldPath={path} label={`Comment on ${label}`} buttonText="Comment" />
    </div>
  );
}

/**
 * The asset's comments at a glance: where the field comments are (with links to their fields,
 * where they can be answered and resolved) and the comments on the whole asset.
 */
export function CommentsOverview() {
  const { comments, resolveError, fieldAnchor } = useComments();
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
        Comments ({open} open{comments.length > open ? `, ${comments.length - open} resolved` : ""})
      </h2>
      {resolveError ? (
        <p role="alert" className="text-sm text-red-700">
          {resolveError}
        </p>
      ) : null}
      {comments.length === 0 ? <p className="text-sm text-slate-600">No comments yet. Comment on a field next to it, or on the whole asset here.</p> : null}
      {byField.size > 0 ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...byField].map(([path, entry]) => (
            <li key={path}>
              <a href={`#${fieldAnchor(path)}`} className={`rounded-md border px-2 py-1 underline ${entry.open > 0 ? "border-amber-400 bg-amber-50 text-amber-900" : "border-slate-200 text-slate-700"}`}>
                {entry.label}: {entry.open > 0 ? `${entry.open} open` : "resolved"}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <CommentThread comments={whole} />
      <CommentComposer fieldPath={null} label="Comment on the whole asset" buttonText="Comment on the whole asset" />
    </section>
  );
}
