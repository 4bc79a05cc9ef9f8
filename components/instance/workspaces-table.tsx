"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import {
  archiveWorkspaceAction,
  cancelWorkspaceDeletionAction,
  renameWorkspaceAction,
  requestWorkspaceDeletionAction,
  restoreWorkspaceAction,
} from "@/app/(instance)/instance/workspaces/actions";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/inline-confirm";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import type { WorkspaceEvent, WorkspaceNotice } from "./workspace-notice";
import { WorkspaceNoticeView } from "./workspace-notice-view";

export type InstanceWorkspaceRow = {
  id: string;
  slug: string;
  name: string;
  memberCount: number;
  archivedAt: string | null;
  /** Set while a deletion is pending: the day every row of the workspace is removed. */
  deletionDueAt: string | null;
  isMember: boolean;
};

export function WorkspacesTable({
  workspaces,
  deletionGraceDays,
  notice,
  onEvent,
}: {
  workspaces: InstanceWorkspaceRow[];
  deletionGraceDays: number;
  notice: WorkspaceNotice | null;
  onEvent: (event: WorkspaceEvent) => void;
}) {
  const router = useRouter();
  const t = useTranslations("instance.workspaces");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const onError = ({ error }: { error: Parameters<typeof errorText>[0] }) => {
    const message = errorText(error);
    if (message) onEvent({ type: "failed", message });
  };
  const rename = useAction(renameWorkspaceAction, {
    onSuccess: ({ data }) => {
      if (data) onEvent({ type: "renamed", previousName: data.previousName, name: data.name });
      router.refresh();
    },
    onError,
  });
  const archive = useAction(archiveWorkspaceAction, {
    onSuccess: ({ data }) => {
      if (data) onEvent({ type: "archived", name: data.name });
      router.refresh();
    },
    onError,
  });
  const restore = useAction(restoreWorkspaceAction, {
    onSuccess: ({ data }) => {
      if (data) onEvent({ type: "restored", name: data.name });
      router.refresh();
    },
    onError,
  });
  const requestDeletion = useAction(requestWorkspaceDeletionAction, {
    onSuccess: ({ data }) => {
      if (data) onEvent({ type: "deletion_requested", name: data.name, deletionDueAt: data.deletionDueAt });
      router.refresh();
    },
    onError,
  });
  const cancelDeletion = useAction(cancelWorkspaceDeletionAction, {
    onSuccess: ({ data }) => {
      if (data) onEvent({ type: "deletion_cancelled", name: data.name });
      router.refresh();
    },
    onError,
  });
  const isPending = rename.isPending || archive.isPending || restore.isPending || requestDeletion.isPending || cancelDeletion.isPending;

  return (
    <section aria-labelledby="workspaces-heading">
      <h2 id="workspaces-heading" className="mb-3 text-lg font-medium">
        {t("count", { count: workspaces.length })}
      </h2>
      <div aria-live="polite" className="mb-3">
        {notice ? <WorkspaceNoticeView notice={notice} /> : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("regionLabel")} tabIndex={0}>
        <Table caption={t("caption")} density="comfortable">
          <TableHead>
            <HeaderCell>{t("columns.workspace")}</HeaderCell>
            <HeaderCell>{t("columns.members")}</HeaderCell>
            <HeaderCell>{t("columns.status")}</HeaderCell>
            <HeaderCell>
              <span className="sr-only">{t("columns.actions")}</span>
            </HeaderCell>
          </TableHead>
          <TableBody>
            {workspaces.map((workspace) => (
              <TableRow key={workspace.id} data-testid={`workspace-${workspace.slug}`}>
                <RowHeader>
                  <div className="font-medium">
                    {workspace.isMember && !workspace.archivedAt ? (
                      <Link href={`/${workspace.slug}`} className="text-brand-700 underline">
                        {workspace.name}
                      </Link>
                    ) : (
                      workspace.name
                    )}
                  </div>
                  <div className="text-slate-600">/{workspace.slug}</div>
                </RowHeader>
                <TableCell numeric>{workspace.memberCount}</TableCell>
                <TableCell>
                  {workspace.deletionDueAt ? (
                    <span className="rounded bg-red-100 px-2 py-0.5 text-red-800">
                      {t("status.deletedOn", { date: format.dateTime(new Date(workspace.deletionDueAt), "date") })}
                    </span>
                  ) : workspace.archivedAt ? (
                    <span className="rounded bg-slate-200 px-2 py-0.5 text-slate-800">
                      {t("status.archivedOn", { date: format.dateTime(new Date(workspace.archivedAt), "date") })}
                    </span>
                  ) : (
                    <span className="rounded bg-green-100 px-2 py-0.5 text-green-800">{t("status.active")}</span>
                  )}
                </TableCell>
                <TableCell className="space-x-2 whitespace-nowrap text-right">
                  <Button
                    variant="secondary"
                    disabled={isPending}
                    aria-label={t("renameLabel", { name: workspace.name })}
                    onClick={() => {
                      const name = window.prompt(t("renamePrompt", { name: workspace.name }), workspace.name);
                      if (name && name.trim() !== workspace.name) rename.execute({ targetWorkspaceId: workspace.id, name });
                    }}
                  >
                    {t("rename")}
                  </Button>
                  {workspace.deletionDueAt ? (
                    <Button
                      variant="secondary"
                      disabled={isPending}
                      aria-label={t("cancelDeletionLabel", { name: workspace.name })}
                      onClick={() => cancelDeletion.execute({ targetWorkspaceId: workspace.id })}
                    >
                      {t("cancelDeletion")}
                    </Button>
                  ) : workspace.archivedAt ? (
                    <Button
                      variant="secondary"
                      disabled={isPending}
                      aria-label={t("restoreLabel", { name: workspace.name })}
                      onClick={() => restore.execute({ targetWorkspaceId: workspace.id })}
                    >
                      {t("restore")}
                    </Button>
                  ) : (
                    <ConfirmButton
                      label={t("archive")}
                      ariaLabel={t("archiveLabel", { name: workspace.name })}
                      isPending={isPending}
                      question={t("archiveQuestion", { name: workspace.name })}
                      consequence={t("archiveConsequence", { count: workspace.memberCount })}
                      confirmLabel={t("archiveConfirm")}
                      testId="archive-workspace-confirm"
                      onConfirm={() => archive.execute({ targetWorkspaceId: workspace.id })}
                    />
                  )}
                  {workspace.deletionDueAt ? null : (
                    <ConfirmButton
                      label={t("delete")}
                      ariaLabel={t("deleteLabel", { name: workspace.name })}
                      isPending={isPending}
                      question={t("deleteQuestion", { name: workspace.name })}
                      consequence={t("deleteConsequence", { days: deletionGraceDays })}
                      confirmLabel={t("deleteConfirm")}
                      testId="delete-workspace-confirm"
                      onConfirm={() => requestDeletion.execute({ targetWorkspaceId: workspace.id })}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
