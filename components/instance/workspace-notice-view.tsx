import { Alert } from "@/components/ui/alert";
import type { WorkspaceNotice } from "./workspace-notice";

export function WorkspaceNoticeView({ notice }: { notice: WorkspaceNotice }) {
  return (
    <Alert tone={notice.tone}>
      {notice.text}
      {notice.link ? (
        <>
          {" "}
          <a className="underline" href={notice.link.href}>
            {notice.link.label}
          </a>
        </>
      ) : null}
      {notice.after ?? null}
    </Alert>
  );
}
