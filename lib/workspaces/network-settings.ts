import "server-only";
import { eq } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/** Whether requests on the workspace's behalf may reach private networks (lib/http/outbound/address-policy.ts). */
export async function getAllowPrivateNetworks(db: Database, workspaceId: string): Promise<boolean> {
  const [row] = await db.select({ allow: workspaces.allowPrivateNetworks }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.allow ?? false;
}

export async function setAllowPrivateNetworks(tx: Database, options: { workspaceId: string; allow: boolean }): Promise<{ previous: boolean }> {
  const previous = await getAllowPrivateNetworks(tx, options.workspaceId);
  await tx.update(workspaces).set({ allowPrivateNetworks: options.allow }).where(eq(workspaces.id, options.workspaceId));
  return { previous };
}
