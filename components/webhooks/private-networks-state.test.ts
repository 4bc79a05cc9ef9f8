import { describe, expect, it } from "vitest";
import { privateNetworksCheckbox } from "./private-networks-state";

describe("privateNetworksCheckbox", () => {
  const never = { mode: "never" } as const;

  it("under never, keeps a setting still stored on visible and enabled, so an admin can switch it off", () => {
    expect(privateNetworksCheckbox({ checked: true, isPending: false, policy: never })).toEqual({ checked: true, disabled: false, note: "storedOnIgnored" });
  });

  it("under never, shows a setting that is off as off and locked (it cannot be turned on)", () => {
    expect(privateNetworksCheckbox({ checked: false, isPending: false, policy: never })).toEqual({ checked: false, disabled: true, note: "closed" });
  });

  it("otherwise the setting decides; disabled only while a save runs; ranges are noted", () => {
    expect(privateNetworksCheckbox({ checked: false, isPending: false, policy: { mode: "workspace" } })).toEqual({ checked: false, disabled: false, note: null });
    expect(privateNetworksCheckbox({ checked: true, isPending: true, policy: never }).disabled).toBe(true);
    expect(privateNetworksCheckbox({ checked: true, isPending: false, policy: { mode: "ranges", cidrs: ["10.20.0.0/16"] } })).toEqual({ checked: true, disabled: false, note: "ranges" });
  });
});
