import { describe, expect, it } from "vitest";
import { asIpLiteral, checkAddress } from "./address-policy";

const strict = { allowPrivateNetworks: false };
const intranet = { allowPrivateNetworks: true };

describe("checkAddress", () => {
  it.each([
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["::1", "loopback"],
    ["169.254.169.254", "link_local"],
    ["fe80::1", "link_local"],
    ["fe90::1", "link_local"],
    ["febf:ffff::1", "link_local"],
    ["fc00::1", "unique_local"],
    ["fd12:3456::1", "unique_local"],
    ["100.64.0.1", "carrier_grade_nat"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["::ffff:127.0.0.1", "embedded_ipv4"],
    ["::ffff:169.254.169.254", "embedded_ipv4"],
    ["64:ff9b::a00:1", "embedded_ipv4"],
    ["2002:7f00:1::", "embedded_ipv4"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
    ["240.0.0.1", "reserved"],
    ["2001:db8::1", "reserved"],
  ])("refuses %s as %s", (address, reason) => {
    expect(checkAddress(address, strict)).toBe(reason);
  });

  it.each(["93.184.216.34", "8.8.8.8", "2606:4700::1111", "[2a00:1450:4001::200e]"])("allows the public address %s", (address) => {
    expect(checkAddress(address, strict)).toBeNull();
  });

  it("allows private, loopback, unique-local and CGNAT only when the workspace allows private networks", () => {
    for (const address of ["10.0.0.1", "127.0.0.1", "::1", "fd00::1", "100.64.1.1"]) expect(checkAddress(address, intranet)).toBeNull();
  });

  it("never allows link-local, multicast, unspecified or embedded IPv4, even for intranets", () => {
    for (const address of ["169.254.169.254", "fe80::1", "224.0.0.1", "0.0.0.0", "::ffff:10.0.0.1"]) expect(checkAddress(address, intranet)).not.toBeNull();
  });

  it("never allows the cloud metadata services that sit inside ranges an intranet allowance admits", () => {
    expect(checkAddress("100.100.100.200", intranet)).toBe("link_local");
    expect(checkAddress("fd00:ec2::254", intranet)).toBe("link_local");
    // Their neighbours stay ordinary intranet addresses.
    expect(checkAddress("100.100.100.201", intranet)).toBeNull();
    expect(checkAddress("fd00:ec2::253", intranet)).toBeNull();
  });

  it("refuses IPv4-compatible IPv6 (::a.b.c.d), which ipaddr.js calls unicast", () => {
    expect(checkAddress("::7f00:1", { allowPrivateNetworks: false })).toBe("embedded_ipv4");
    expect(checkAddress("::10.0.0.1", intranet)).toBe("embedded_ipv4");
    expect(checkAddress("::1", intranet)).toBeNull();
  });

  it("says a name is not an address", () => {
    expect(checkAddress("localhost", strict)).toBe("not_an_address");
  });
});

describe("asIpLiteral", () => {
  it("recognises IPv4 and bracketed IPv6 literals, not names or odd IPv4 forms left to the resolver", () => {
    expect(asIpLiteral("127.0.0.1")).toBe("127.0.0.1");
    expect(asIpLiteral("[::1]")).toBe("::1");
    expect(asIpLiteral("example.com")).toBeNull();
  });
});
