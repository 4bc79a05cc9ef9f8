import "server-only";
import { eq } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrivateNetworkPolicy } from "@/lib/http/outbound/private-network-policy";

/**
 * Whether requests on the workspace's behalf may reach private networks (lib/http/outbound/address-policy.ts): the
 * workspace's own setting. The outbound client bounds it by the instance's OUTBOUND_PRIVATE_NETWORKS.
 */
export async function getAllowPrivateNetworks(db: Database, workspaceId: string): Promise<boolean> {
  const [row] = await db.select({ allow: workspaces.allowPrivateNetworks }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.allow ?? false;
}

/** The instance's bound as the admin page shows it (plain data for a client component). */
export type PrivateNetworkPolicyView = { mode: "workspace" } | { mode: "never" } | { mode: "ranges"; cidrs: string[] };

export function getPrivateNetworkPolicyView(policy: PrivateNetworkPolicy = env.outboundPrivateNetworks): PrivateNetworkPolicyView {
  return policy.mode === "ranges" ? { mode: "ranges", cidrs: [...policy.cidrs] } : { mode: policy.mode };
}

/**
 * Turning the setting on is refused while the instance says `never`: it would be ignored, and an audited "allowed"
 * that allows nothing misleads whoever reads the log. Turning it off is always possible.
 */
export async function setAllowPrivateNetworks(
  tx: Database,
  options: { workspaceId: string; allow: boolean; policy?: PrivateNetworkPolicy },
): Promise<{ previous: boolean }> {
  if (options.allow && (options.policy ?? env.outboundPrivateNetworks).mode === "never") {
    throw new AppError("conflict", { key: "workspaces.privateNetworksDisabledByInstance" });
  }
  const previous = await getAllowPrivateNetworks(tx, options.workspaceId);
  await tx.update(workspaces).set({ allowPrivateNetworks: options.allow }).where(eq(workspaces.id, options.workspaceId));
  return { previous };
}
