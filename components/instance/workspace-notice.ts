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

/** The one notice of the page (the newest replaces the one before). `link` points to a new workspace. */
export type WorkspaceNotice = {
  source: WorkspaceNoticeSource;
  tone: "success" | "error";
  text: string;
  link?: { href: string; label: string };
  after?: string;
};

export function describeWorkspaceEvent(source: WorkspaceNoticeSource, event: WorkspaceEvent): WorkspaceNotice {
  switch (event.type) {
    case "created":
      return { source, tone: "success", text: `Created ${event.name} at`, link: { href: `/${event.slug}`, label: `/${event.slug}` }, after: ". You are its admin." };
    case "renamed":
      return { source, tone: "success", text: `Renamed ${event.previousName} to ${event.name}.` };
    case "archived":
      return { source, tone: "success", text: `Archived ${event.name}: its members can no longer open it. Its data stays until you restore it.` };
    case "restored":
      return { source, tone: "success", text: `Restored ${event.name}: its members can open it again.` };
    case "deletion_requested":
      return {
        source,
        tone: "success",
        text: `${event.name} is archived and will be deleted with all its data on ${new Date(event.deletionDueAt).toLocaleDateString("en")}. Until then you can cancel.`,
      };
    case "deletion_cancelled":
      return { source, tone: "success", text: `Cancelled the deletion of ${event.name}: it is restored and its members can open it again.` };
    case "failed":
      return { source, tone: "error", text: event.message };
  }
}

export function countMembers(count: number): string {
  return count === 1 ? "1 member" : `${count} members`;
}

/** What archiving does, said in the confirmation under "Archive <name>?". */
export function archiveConfirmation(memberCount: number): string {
  const who =
    memberCount === 0
      ? "It has no members."
      : memberCount === 1
        ? "Its 1 member loses access at once."
        : `Its ${memberCount} members lose access at once.`;
  return `${who} The data stays and you can restore it.`;
}

/** What deletion does, said in the confirmation under "Delete <name>?". */
export function deletionConfirmation(graceDays: number): string {
  const when = graceDays === 0 ? "at the next daily run" : `after ${graceDays} ${graceDays === 1 ? "day" : "days"}`;
  return `It is archived now and every row of it (sources, assets, KPI, audit log) is removed ${when}. You can cancel until then. Export it first if you need a copy.`;
}
