import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { noticeTone, type WorkspaceEvent, type WorkspaceNotice } from "./workspace-notice";

export function WorkspaceNoticeView({ notice }: { notice: WorkspaceNotice }) {
  return <Alert tone={noticeTone(notice.event)}>{useWorkspaceEventText(notice.event)}</Alert>;
}

function useWorkspaceEventText(event: WorkspaceEvent) {
  const t = useTranslations("instance.notice");
  const format = useFormatter();
  switch (event.type) {
    case "created":
      return t.rich("created", {
        name: event.name,
        path: `/${event.slug}`,
        link: (chunks) => (
          <a className="underline" href={`/${event.slug}`}>
            {chunks}
          </a>
        ),
      });
    case "renamed":
      return t("renamed", { previousName: event.previousName, name: event.name });
    case "archived":
      return t("archived", { name: event.name });
    case "restored":
      return t("restored", { name: event.name });
    case "deletion_requested":
      return t("deletionRequested", { name: event.name, date: format.dateTime(new Date(event.deletionDueAt), "date") });
    case "deletion_cancelled":
      return t("deletionCancelled", { name: event.name });
    case "failed":
      return event.message;
  }
}
