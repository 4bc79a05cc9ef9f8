import type { NotificationKind } from "@/lib/db/schema/notifications";

export type NotificationFacts = {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  actorName: string | null;
};

/**
 * A notification as a message key under `notifications.messages` and its values, so the in-app list renders it in
 * the reader's language (schema/notifications.ts: "rendered in the UI's language"). `who`/`title`/`file` are null
 * when unknown: `notificationValues` fills in the catalogue's word ("Someone", "an asset") in the reader's language.
 */
export type NotificationMessage =
  | { key: "submitted" | "approved" | "published" | "changesRequested"; values: { who: string | null; title: string | null } }
  | { key: "changesRequestedWithComment"; values: { who: string | null; title: string | null; comment: string } }
  | { key: "importFailedNoReason"; values: { file: string | null } }
  | { key: "importFailed"; values: { file: string | null; reason: string } }
  | { key: "importFinished"; values: { file: string | null; rows: number } }
  | { key: "budgetWarning"; values: { message: string } }
  | { key: "budgetWarningDefault"; values: Record<string, never> };

export type NotificationDefaultWord = "someone" | "anAsset" | "yourFile";

/** The message's values with unknown people, titles and files replaced by `word` (the reader's language). */
export function notificationValues(message: NotificationMessage, word: (key: NotificationDefaultWord) => string): Record<string, string | number> {
  const values: Record<string, string | number | null> = { ...message.values };
  if ("who" in message.values) values.who = message.values.who ?? word("someone");
  if ("title" in message.values) values.title = message.values.title ?? word("anAsset");
  if ("file" in message.values) values.file = message.values.file ?? word("yourFile");
  return values as Record<string, string | number>;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null);

/**
 * One message and a link per notification, shared by the in-app list and the mails so both say
 * the same thing. Paths are relative to the workspace (`/<slug>` is prefixed by the caller).
 */
export function describeNotification(facts: NotificationFacts): { message: NotificationMessage; path: string } {
  const who = facts.actorName;
  const title = text(facts.data.title);
  const assetPath = facts.subjectId ? `/assets/${facts.subjectId}` : "/assets";
  switch (facts.kind) {
    case "submitted":
      return { message: { key: "submitted", values: { who, title } }, path: "/review" };
    case "changes_requested": {
      const comment = text(facts.data.comment);
      return { message: comment ? { key: "changesRequestedWithComment", values: { who, title, comment } } : { key: "changesRequested", values: { who, title } }, path: assetPath };
    }
    case "approved":
      return { message: { key: "approved", values: { who, title } }, path: assetPath };
    case "published":
      return { message: { key: "published", values: { who, title } }, path: assetPath };
    case "import_finished": {
      const file = text(facts.data.fileName);
      const reason = text(facts.data.reason);
      if (facts.data.status !== "failed") return { message: { key: "importFinished", values: { file, rows: Number(facts.data.rows ?? 0) } }, path: "/dashboard" };
      return { message: reason ? { key: "importFailed", values: { file, reason } } : { key: "importFailedNoReason", values: { file } }, path: "/dashboard" };
    }
    case "budget_warning": {
      // The budget check stores its own sentence (see lib/notifications/budget-notifications.ts).
      const message = text(facts.data.message);
      return { message: message ? { key: "budgetWarning", values: { message } } : { key: "budgetWarningDefault", values: {} }, path: "/admin/models" };
    }
  }
}
