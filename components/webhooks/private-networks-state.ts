import type { PrivateNetworkPolicyView } from "@/lib/workspaces/network-settings";

/**
 * The "allow private networks" checkbox under the instance's policy. Under `never` the setting cannot be turned on,
 * but a workspace may still have it stored on (set before the operator chose `never`): it is then shown as it is and
 * left enabled, so an admin can switch it off (it would take effect again if the operator relaxed the policy).
 */
export function privateNetworksCheckbox(options: { checked: boolean; isPending: boolean; policy: PrivateNetworkPolicyView }) {
  const isClosedByInstance = options.policy.mode === "never";
  return {
    checked: options.checked,
    disabled: options.isPending || (isClosedByInstance && !options.checked),
    /** Which note explains the instance's bound: none, closed (off and locked), stored on but ignored, or the ranges. */
    note: !isClosedByInstance ? (options.policy.mode === "ranges" ? "ranges" : null) : options.checked ? "storedOnIgnored" : "closed",
  } as const;
}
