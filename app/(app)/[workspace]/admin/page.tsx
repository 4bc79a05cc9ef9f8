import { redirect } from "next/navigation";

export default async function AdminHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  redirect(`/${workspace}/admin/members`);
}
