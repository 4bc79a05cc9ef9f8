/** Where the notice is shown: next to the control the instance owner just used. */
export type WorkspaceNoticeSource = "create-form" | "workspaces-table";

export type WorkspaceEvent =
  | { type: "created"; name: string; slug: string }
  | { type: "renamed"; previousName: string; name: string }
  | { type: "archived"; name: string }
  | { type: "restored"; name: string }
  | { type: "deletion_requested"; name: string; deletionDueAt: string }
  | { type: "deletion_cancelled"; name: string }
  | { type: "failed"; message: string };

/** The one notice of the page (the newest replaces the one before); WorkspaceNoticeView words it in the reader's language. */
export type WorkspaceNotice = { source: WorkspaceNoticeSource; event: WorkspaceEvent };

export function describeWorkspaceEvent(source: WorkspaceNoticeSource, event: WorkspaceEvent): WorkspaceNotice {
  return { source, event };
}

export function noticeTone(event: WorkspaceEvent): "success" | "error" {
  return event.type === "failed" ? "error" : "success";
}
