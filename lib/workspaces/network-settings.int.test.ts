import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { parsePrivateNetworkPolicy } from "@/lib/http/outbound/private-network-policy";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { getAllowPrivateNetworks, getPrivateNetworkPolicyView, setAllowPrivateNetworks } from "./network-settings";

describe("the workspace's private-networks setting under OUTBOUND_PRIVATE_NETWORKS", () => {
  it("cannot be turned on while the instance says never, and can always be turned off", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const never = parsePrivateNetworkPolicy("never");
    await expect(setAllowPrivateNetworks(db, { workspaceId: workspace.id, allow: true, policy: never })).rejects.toMatchObject({
      code: "conflict",
      messageKey: "workspaces.privateNetworksDisabledByInstance",
    });
    expect(await getAllowPrivateNetworks(db, workspace.id)).toBe(false);

    // Turned on under the default policy, then off again under never.
    await setAllowPrivateNetworks(db, { workspaceId: workspace.id, allow: true, policy: parsePrivateNetworkPolicy("workspace") });
    expect(await setAllowPrivateNetworks(db, { workspaceId: workspace.id, allow: false, policy: never })).toEqual({ previous: true });
    expect(await getAllowPrivateNetworks(db, workspace.id)).toBe(false);
  });

  it("shows the admin page the policy as plain data", () => {
    expect(getPrivateNetworkPolicyView(parsePrivateNetworkPolicy(undefined))).toEqual({ mode: "workspace" });
    expect(getPrivateNetworkPolicyView(parsePrivateNetworkPolicy("10.20.0.0/16"))).toEqual({ mode: "ranges", cidrs: ["10.20.0.0/16"] });
  });
});
