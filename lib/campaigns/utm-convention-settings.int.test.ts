import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, brandSettings } from "@/lib/db/schema";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { loadBrandContext } from "@/lib/assets/generate/brand-context";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { saveBrandSettingsAction } from "@/app/(app)/[workspace]/admin/brand/actions";
import { BUILT_IN_UTM_CONVENTION } from "./utm-convention";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const convention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
  brandToken: "spw",
  separator: "_" as const,
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore" as const,
  maxLength: 80,
  sourceMedium: { "meta-ad": { source: "facebook", medium: "paid_social" } },
};

describe("the UTM convention through the brand settings action", () => {
  it("saves a convention (audited), keeps it when another save leaves it out, and returns to the built-in one on null", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const settings = { workspaceId: workspace.id, siteUrl: "https://spurwerk.example", languages: ["de" as const], rules: EMPTY_BRAND_RULES };
    const saved = await saveBrandSettingsAction({ ...settings, utmConvention: convention });
    expect(saved.data).toEqual({ saved: true });
    const db = await getDb();
    expect((await loadBrandContext(db, workspace.id)).utmConvention).toEqual(convention);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.action, "brand.save_settings")));
    expect(entry?.detail).toMatchObject({ utmConvention: { campaignTemplate: convention.campaignTemplate, brandToken: "spw" } });

    await saveBrandSettingsAction(settings);
    expect((await loadBrandContext(db, workspace.id)).utmConvention).toEqual(convention);
    await saveBrandSettingsAction({ ...settings, utmConvention: null });
    const [row] = await db.select({ utmConvention: brandSettings.utmConvention }).from(brandSettings).where(eq(brandSettings.workspaceId, workspace.id));
    expect(row?.utmConvention).toBeNull();
    expect((await loadBrandContext(db, workspace.id)).utmConvention).toEqual(BUILT_IN_UTM_CONVENTION);
  });

  it("refuses a template with an unknown placeholder, naming it, and saves nothing", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await saveBrandSettingsAction({
      workspaceId: workspace.id,
      siteUrl: "",
      languages: ["de"],
      rules: EMPTY_BRAND_RULES,
      utmConvention: { ...convention, campaignTemplate: "{brand}_{campain}" },
    });
    expect(result.data).toBeUndefined();
    expect(result.validationErrors?.fieldErrors.utmConvention?.join(" ")).toMatch(/unknown placeholder \{campain\}/);
    expect(await (await getDb()).select().from(brandSettings).where(eq(brandSettings.workspaceId, workspace.id))).toHaveLength(0);
  });
});
