"use client";

import { useState } from "react";
import { CreateWorkspaceForm } from "./create-workspace-form";
import { describeWorkspaceEvent, type WorkspaceEvent, type WorkspaceNotice, type WorkspaceNoticeSource } from "./workspace-notice";
import { WorkspacesTable, type InstanceWorkspaceRow } from "./workspaces-table";

/** The create form and the table share one notice: a later action replaces the earlier message. */
export function WorkspacesManager({ workspaces, deletionGraceDays }: { workspaces: InstanceWorkspaceRow[]; deletionGraceDays: number }) {
  const [notice, setNotice] = useState<WorkspaceNotice | null>(null);
  const report = (source: WorkspaceNoticeSource) => (event: WorkspaceEvent) => setNotice(describeWorkspaceEvent(source, event));
  return (
    <>
      <CreateWorkspaceForm notice={notice?.source === "create-form" ? notice : null} onEvent={report("create-form")} />
      <WorkspacesTable
        workspaces={workspaces}
        deletionGraceDays={deletionGraceDays}
        notice={notice?.source === "workspaces-table" ? notice : null}
        onEvent={report("workspaces-table")}
      />
    </>
  );
}
