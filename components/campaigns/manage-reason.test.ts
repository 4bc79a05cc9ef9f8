import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { roleHasPermission } from "@/lib/authz/permissions";
import { ROLES } from "@/lib/authz/roles";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { manageCampaignsReason } from "./manage-reason";

const t = (locale: "en" | "de") => createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "campaigns.manageReason" });

describe("manageCampaignsReason", () => {
  it("gives a reason exactly to the roles without campaign:manage, naming the roles that have it", () => {
    for (const role of ROLES) {
      expect(manageCampaignsReason(role, t("en")) === null, role).toBe(roleHasPermission(role, "campaign:manage"));
    }
    expect(manageCampaignsReason("editor", t("en"))).toBe("Your role (Editor) reads campaigns and personas; planning them needs the Admin, Marketer or Manager role.");
  });

  it("says it in German with the German role names", () => {
    expect(manageCampaignsReason("editor", t("de"))).toBe(
      "Ihre Rolle (Redakteur:in) darf Kampagnen und Personas lesen; um sie zu planen, ist die Rolle Admin, Marketer oder Manager:in nötig.",
    );
  });
});
