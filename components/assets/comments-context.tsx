"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { createContext, useContext, useRef, useState, type ReactNode } from "react";
import { addCommentAction, resolveCommentAction } from "@/app/(app)/[workspace]/review/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";

export type CommentView = {
  id: string;
  /** The field's text path (`headlines[2].text`), or null for the whole asset. */
  fieldPath: string | null;
  fieldLabel: string;
  version: number;
  body: string;
  authorName: string;
  createdAt: string;
  resolvedAt: string | null;
};

type CommentsValue = {
  comments: CommentView[];
  /** Authors and editors comment and resolve; readers (managers) only read. */
  canComment: boolean;
  /** Anchor of a field on this page, for "go to field" links. */
  fieldAnchor(path: string): string;
  add(fieldPath: string | null, body: string, onDone: () => void): void;
  setResolved(commentId: string, resolved: boolean): void;
  isAdding: boolean;
  /** The last failed add, so the error shows at the form it came from. */
  addError: { fieldPath: string | null; message: string } | null;
  resolveError: string | null;
  resolvingId: string | null;
};

const CommentsContext = createContext<CommentsValue | null>(null);

export function useComments(): CommentsValue {
  const value = useContext(CommentsContext);
  if (!value) throw new Error("useComments outside CommentsProvider");
  return value;
}

/** Comments and their two actions, shared by each field's thread and the page's overview. */
export function CommentsProvider({
  workspaceId,
  assetId,
  comments,
  fieldAnchor,
  canComment,
  children,
}: {
  workspaceId: string;
  assetId: string;
  comments: CommentView[];
  fieldAnchor(path: string): string;
  canComment: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("assets.comments");
  const errorText = useActionErrorText();
  const onAdded = useRef<(() => void) | null>(null);
  const [addError, setAddError] = useState<CommentsValue["addError"]>(null);
  const add = useAction(addCommentAction, {
    onExecute: () => setAddError(null),
    onSuccess: () => {
      onAdded.current?.();
      onAdded.current = null;
      router.refresh();
    },
    onError: ({ error, input }) => setAddError({ fieldPath: input.fieldPath, message: errorText(error) ?? t("notSaved") }),
  });
  const resolve = useAction(resolveCommentAction, { onSuccess: () => router.refresh() });

  const value: CommentsValue = {
    comments,
    canComment,
    fieldAnchor,
    add: (fieldPath, body, onDone) => {
      onAdded.current = onDone;
      add.execute({ workspaceId, assetId, fieldPath, body });
    },
    setResolved: (commentId, resolved) => resolve.execute({ workspaceId, commentId, resolved }),
    isAdding: add.isPending,
    addError,
    resolveError: errorText(resolve.result),
    resolvingId: resolve.isPending ? (resolve.input?.commentId ?? null) : null,
  };
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}
