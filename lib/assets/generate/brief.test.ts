import { describe, expect, it } from "vitest";
import { parseStoredBrief } from "./brief";

const current = { productSourceId: "src_1", topic: "", audience: "", goal: "", assetKinds: ["google-rsa"], language: "en", tone: "", keywords: [] };

describe("parseStoredBrief", () => {
  it("reads a current brief", () => {
    expect(parseStoredBrief(current).data?.assetKinds).toEqual(["google-rsa"]);
  });

  it("reads a brief stored before `channels` became `assetKinds`", () => {
    const { assetKinds, ...rest } = current;
    const parsed = parseStoredBrief({ ...rest, channels: assetKinds });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(current);
  });

  it("refuses what is not a brief", () => {
    expect(parseStoredBrief(undefined).success).toBe(false);
    expect(parseStoredBrief({ ...current, assetKinds: [] }).success).toBe(false);
  });
});
