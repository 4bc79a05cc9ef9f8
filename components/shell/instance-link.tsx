import Link from "next/link";
import { isCurrentUserInstanceOwner } from "@/lib/workspaces/instance-page-guard";

/** "Instance" in the header, for instance owners only; read per request, like roles. */
export async function InstanceLink({ userId }: { userId: string }) {
  if (!(await isCurrentUserInstanceOwner(userId))) return null;
  return (
    <Link href="/instance/workspaces" className="text-sm font-medium text-slate-700 underline-offset-2 hover:underline">
      Instance
    </Link>
  );
}
