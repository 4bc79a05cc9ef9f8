import { describe, expect, it } from "vitest";
import { checkAddress } from "./address-policy";
import { OutboundRequestError } from "./outbound-error";
import { parsePrivateNetworkPolicy, privateNetworkAccess, privateNetworkPolicyProblem } from "./private-network-policy";

describe("OUTBOUND_PRIVATE_NETWORKS", () => {
  it("parses workspace (also unset or empty), never, and a list of CIDRs", () => {
    expect(parsePrivateNetworkPolicy(undefined)).toEqual({ mode: "workspace" });
    expect(parsePrivateNetworkPolicy("")).toEqual({ mode: "workspace" });
    expect(parsePrivateNetworkPolicy("workspace")).toEqual({ mode: "workspace" });
    expect(parsePrivateNetworkPolicy(" never ")).toEqual({ mode: "never" });
    const ranges = parsePrivateNetworkPolicy("10.20.0.0/16, fd00:1234::/32");
    expect(ranges).toMatchObject({ mode: "ranges", cidrs: ["10.20.0.0/16", "fd00:1234::/32"] });
  });

  it("names what is wrong with a bad value", () => {
    expect(privateNetworkPolicyProblem("always")).toMatch(/"always" is not a CIDR range/);
    expect(privateNetworkPolicyProblem("10.0.0.0/8,10.1.2.3")).toMatch(/"10.1.2.3" is not a CIDR range/);
    expect(privateNetworkPolicyProblem("10.0.0.0/33")).toMatch(/not a CIDR range/);
    expect(privateNetworkPolicyProblem(" , ")).toMatch(/must be "workspace", "never" or a comma-separated list/);
    expect(privateNetworkPolicyProblem("never")).toBeNull();
    expect(() => parsePrivateNetworkPolicy("everything")).toThrow(/OUTBOUND_PRIVATE_NETWORKS/);
  });

  it("refuses the short forms ipaddr.js would read as another range", () => {
    // 10/8 would parse as 0.0.0.10/8, 10.1/16 as 10.0.0.1/16, 012.0.0.0 as octal.
    for (const entry of ["10/8", "10.1/16", "10.0.0/24", "012.0.0.0/8", "0xa.0.0.0/8", "10.0.0.0/", "10.0.0.0/+8", "fd00::/x"]) {
      expect(privateNetworkPolicyProblem(entry), entry).toMatch(/is not a CIDR range \(write it as a full address\/prefix/);
    }
    expect(privateNetworkPolicyProblem("10.0.0.0/8,fd00:1234::/32,192.168.10.0/24")).toBeNull();
  });

  it("refuses a range of every address or one that includes loopback", () => {
    expect(privateNetworkPolicyProblem("0.0.0.0/0")).toMatch(/"0.0.0.0\/0" admits every address/);
    expect(privateNetworkPolicyProblem("10.0.0.0/8,::/0")).toMatch(/"::\/0" admits every address/);
    for (const entry of ["127.0.0.0/8", "127.0.0.1/32", "127.10.0.0/16", "64.0.0.0/2", "::1/128", "::/64"]) {
      expect(privateNetworkPolicyProblem(entry), entry).toMatch(/includes loopback \(127.0.0.0\/8 or ::1\)/);
    }
    expect(() => parsePrivateNetworkPolicy("0.0.0.0/0")).toThrow(/^OUTBOUND_PRIVATE_NETWORKS "0.0.0.0\/0" admits every address/);
    // Next to loopback, not over it.
    expect(privateNetworkPolicyProblem("126.0.0.0/8,128.0.0.0/16")).toBeNull();
  });
});

describe("the workspace setting under the instance policy", () => {
  const workspace = parsePrivateNetworkPolicy("workspace");
  const never = parsePrivateNetworkPolicy("never");
  const office = parsePrivateNetworkPolicy("10.20.0.0/16,fd00:1234::/32");
  const check = (address: string, workspaceAllows: boolean, policy = workspace) => checkAddress(address, privateNetworkAccess(workspaceAllows, policy));

  it("workspace: the setting decides, as before the policy existed", () => {
    expect(check("10.0.0.1", true)).toBeNull();
    expect(check("127.0.0.1", true)).toBeNull();
    expect(check("10.0.0.1", false)).toBe("private");
  });

  it("never: the setting is ignored, public addresses still pass", () => {
    expect(check("10.20.1.1", true, never)).toBe("private");
    expect(check("127.0.0.1", true, never)).toBe("loopback");
    expect(check("fd00:1234::1", true, never)).toBe("unique_local");
    expect(check("93.184.216.34", true, never)).toBeNull();
  });

  it("CIDRs: the setting admits only private addresses inside them", () => {
    expect(check("10.20.7.8", true, office)).toBeNull();
    expect(check("fd00:1234:5::1", true, office)).toBeNull();
    expect(check("10.21.0.1", true, office)).toBe("private");
    expect(check("127.0.0.1", true, office)).toBe("loopback");
    expect(check("192.168.1.1", true, office)).toBe("private");
    // Without the setting, not even inside the ranges.
    expect(check("10.20.7.8", false, office)).toBe("private");
    expect(check("93.184.216.34", false, office)).toBeNull();
  });

  it("never widens: link-local, metadata and embedded IPv4 stay refused even inside a listed range", () => {
    const wide = parsePrivateNetworkPolicy("169.254.0.0/16,100.64.0.0/10,::ffff:0:0/96");
    expect(check("169.254.169.254", true, wide)).toBe("link_local");
    expect(check("100.100.100.200", true, wide)).toBe("link_local");
    expect(check("::ffff:10.0.0.1", true, wide)).toBe("embedded_ipv4");
  });

  it("says what could admit a refused address", () => {
    const message = (policy: typeof workspace, workspaceAllows: boolean) =>
      OutboundRequestError.blocked("intranet.example", "private", privateNetworkAccess(workspaceAllows, policy), policy).message;
    expect(message(workspace, false)).toMatch(/An admin can allow private networks for this workspace/);
    expect(message(never, true)).toMatch(/This instance does not allow requests to private networks\.$/);
    expect(message(never, true)).not.toMatch(/An admin can/);
    expect(message(office, true)).toMatch(/outside the private ranges this instance admits/);
    expect(message(office, false)).toMatch(/within the ranges this instance admits/);
  });
});
