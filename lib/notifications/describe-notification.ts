import type { NotificationKind } from "@/lib/db/schema/notifications";

export type NotificationFacts = {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  actorName: string | null;
};

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null);

/**
 * One sentence and a link per notification, shared by the in-app list and the mails so both say
 * the same thing. Paths are relative to the workspace (`/<slug>` is prefixed by the caller).
 */
export function describeNotification(facts: NotificationFacts): { sentence: string; path: string } {
  const who = facts.actorName ?? "Someone";
  const title = `“${text(facts.data.title) ?? "an asset"}”`;
  const assetPath = facts.subjectId ? `/assets/${facts.subjectId}` : "/assets";
  switch (facts.kind) {
    case "submitted":
      return { sentence: `${who} submitted ${title} for review.`, path: "/review" };
    case "changes_requested": {
      const comment = text(facts.data.comment);
      return { sentence: `${who} requested changes to ${title}${comment ? `: ${comment}` : "."}`, path: assetPath };
    }
    case "approved":
      return { sentence: `${who} approved ${title}.`, path: assetPath };
    case "published":
      return { sentence: `${who} published ${title}.`, path: assetPath };
    case "import_finished": {
      const file = `“${text(facts.data.fileName) ?? "your file"}”`;
      return facts.data.status === "failed"
        ? { sentence: `The import of ${file} failed: ${text(facts.data.reason) ?? "see the import list."}`, path: "/dashboard" }
        : { sentence: `The import of ${file} finished: ${Number(facts.data.rows ?? 0).toLocaleString("en")} rows stored.`, path: "/dashboard" };
    }
    case "budget_warning":
      return { sentence: text(facts.data.message) ?? "The workspace's model budget is nearly used up.", path: "/admin/models" };
  }
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  submitted: "Submitted for review",
  changes_requested: "Changes requested",
  approved: "Approved",
  published: "Published",
  import_finished: "Import finished",
  budget_warning: "Budget warnings",
};
