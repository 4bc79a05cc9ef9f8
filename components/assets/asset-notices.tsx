import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { useTranslations } from "next-intl";
import { useUtcDateTime } from "./use-utc-date-time";

/**
 * What a reader must not miss before the fields: an approval that overrode validation errors
 * (audited, and shown for as long as the asset carries it), the editor's request for changes
 * while it is open, and that an older version is on screen.
 */
export function AssetNotices({
  overrideReason,
  changeRequest,
  olderVersion,
}: {
  overrideReason: string | null;
  changeRequest: { actorName: string | null; createdAt: Date; comment: string | null } | null;
  olderVersion: { number: number; createdAt: Date; current: number; currentHref: string } | null;
}) {
  const t = useTranslations("assets.notices");
  const dateTime = useUtcDateTime();
  return (
    <div className="mb-4 space-y-3">
      {overrideReason ? (
        <div role="note" className="rounded-md border-2 border-red-400 bg-red-50 px-4 py-3 text-sm text-red-900" data-testid="override-reason">
          <span className="font-semibold">{t("override")}</span> {overrideReason}
        </div>
      ) : null}
      {changeRequest ? (
        <div role="note" className="rounded-md border-2 border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="change-request">
          <span className="font-semibold">
            {changeRequest.actorName
              ? t("changesRequestedBy", { name: changeRequest.actorName, time: dateTime(changeRequest.createdAt) })
              : t("changesRequestedByEditor", { time: dateTime(changeRequest.createdAt) })}
          </span>{" "}
          <span className="whitespace-pre-line">{changeRequest.comment}</span>
        </div>
      ) : null}
      {olderVersion ? (
        <Alert tone="info">
          {t("olderVersion", { number: olderVersion.number, time: dateTime(olderVersion.createdAt), current: olderVersion.current })}{" "}
          <Link href={olderVersion.currentHref} className="underline">
            {t("openCurrent")}
          </Link>
        </Alert>
      ) : null}
    </div>
  );
}
