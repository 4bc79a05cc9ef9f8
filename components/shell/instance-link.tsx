import Link from "next/link";
import { useTranslations } from "next-intl";

/** "Instance" in the header, for instance owners only (read per request with the user, like roles). */
export function InstanceLink({ isInstanceOwner }: { isInstanceOwner: boolean }) {
  const t = useTranslations("shell");
  if (!isInstanceOwner) return null;
  return (
    <Link href="/instance/workspaces" className="text-sm font-medium text-slate-700 underline-offset-2 hover:underline">
      {t("instanceLink")}
    </Link>
  );
}
