"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
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
import { describeActionError } from "@/components/ui/action-error";
import { HeaderCell, RowHeader, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";
import { archiveConfirmation, deletionConfirmation, type WorkspaceEvent, type WorkspaceNotice } from "./workspace-notice";
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
  const onError = ({ error }: { error: Parameters<typeof describeActionError>[0] }) => {
    const message = describeActionError(error);
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
        {workspaces.length} {workspaces.length === 1 ? "workspace" : "workspaces"}
      </h2>
      <div aria-live="polite" className="mb-3">
        {notice ? <WorkspaceNoticeView notice={notice} /> : null}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label="Workspaces (scrolls sideways)" tabIndex={0}>
        <Table caption="Workspaces of this instance" density="comfortable">
          <TableHead>
            <HeaderCell>Workspace</HeaderCell>
            <HeaderCell>Members</HeaderCell>
            <HeaderCell>Status</HeaderCell>
            <HeaderCell>
              <span className="sr-only">Actions</span>
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
                      Deleted on {new Date(workspace.deletionDueAt).toLocaleDateString("en")}
                    </span>
                  ) : workspace.archivedAt ? (
                    <span className="rounded bg-slate-200 px-2 py-0.5 text-slate-800">
                      Archived {new Date(workspace.archivedAt).toLocaleDateString("en")}
                    </span>
                  ) : (
                    <span className="rounded bg-green-100 px-2 py-0.5 text-green-800">Active</span>
                  )}
                </TableCell>
                <TableCell className="space-x-2 whitespace-nowrap text-right">
                  <Button
                    variant="secondary"
                    disabled={isPending}
                    aria-label={`Rename ${workspace.name}`}
                    onClick={() => {
                      const name = window.prompt(`New name for ${workspace.name}:`, workspace.name);
                      if (name && name.trim() !== workspace.name) rename.execute({ targetWorkspaceId: workspace.id, name });
                    }}
                  >
                    Rename
                  </Button>
                  {workspace.deletionDueAt ? (
                    <Button
                      variant="secondary"
                      disabled={isPending}
                      aria-label={`Cancel deletion of ${workspace.name}`}
                      onClick={() => cancelDeletion.execute({ targetWorkspaceId: workspace.id })}
                    >
                      Cancel deletion
                    </Button>
                  ) : workspace.archivedAt ? (
                    <Button
                      variant="secondary"
                      disabled={isPending}
                      aria-label={`Restore ${workspace.name}`}
                      onClick={() => restore.execute({ targetWorkspaceId: workspace.id })}
                    >
                      Restore
                    </Button>
                  ) : (
                    <ConfirmButton
                      label="Archive"
                      ariaLabel={`Archive ${workspace.name}`}
                      isPending={isPending}
                      question={`Archive ${workspace.name}?`}
                      consequence={archiveConfirmation(workspace.memberCount)}
                      confirmLabel="Confirm archiving"
                      testId="archive-workspace-confirm"
                      onConfirm={() => archive.execute({ targetWorkspaceId: workspace.id })}
                    />
                  )}
                  {workspace.deletionDueAt ? null : (
                    <ConfirmButton
                      label="Delete…"
                      ariaLabel={`Delete ${workspace.name}`}
                      isPending={isPending}
                      question={`Delete ${workspace.name}?`}
                      consequence={deletionConfirmation(deletionGraceDays)}
                      confirmLabel="Confirm deletion"
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
