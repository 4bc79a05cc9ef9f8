import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "use-intl/core";
import german from "@/messages/de.json";
import english from "@/messages/en.json";
import { describeServerError, type ErrorTranslator } from "@/components/ui/action-error";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { removeMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import { createInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import { createCampaignAction, createPersonaAction } from "@/app/(app)/[workspace]/campaigns/actions";
import { ROLES } from "@/lib/authz/roles";
import type { UiLocale } from "./locales";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

// The request's UI language, as profile, cookie or Accept-Language would decide it (resolve-locale.test.ts covers that order).
let requestLocale: UiLocale = "de";
vi.mock("@/lib/i18n/request-locale", () => ({
  getRequestUiLocale: vi.fn(async () => requestLocale),
  uiLocaleOrDefault: vi.fn(async () => requestLocale),
  runWithPinnedUiLocale: (_locale: string, run: () => Promise<unknown>) => run(),
}));

/** The same translation the browser does with useTranslations("errors") (components/ui/use-action-error-text.ts). */
function browserTranslator(messages: typeof german | typeof english, locale: UiLocale): ErrorTranslator {
  return createTranslator({ locale, messages, namespace: "errors" }) as unknown as ErrorTranslator;
}

describe("errors and validation in the member's language", () => {
  beforeEach(() => {
    requestLocale = "de";
  });

  it("answers invalid action input with German field messages whose parameters reach the ICU message", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await createInvitationAction({ workspaceId: workspace.id, email: "keine Adresse", role: "owner" } as never);
    expect(result.serverError).toBeUndefined();
    const fieldErrors = result.validationErrors?.fieldErrors ?? {};
    expect(fieldErrors.email).toEqual(["Geben Sie eine gültige E-Mail-Adresse ein"]);
    // The enum issue's `values` are the message's {values} argument.
    expect(fieldErrors.role).toEqual([`Die Rolle muss eine der folgenden sein: ${ROLES.join(", ")}`]);

    const persona = await createPersonaAction({ workspaceId: workspace.id, name: "x".repeat(81), language: "de" } as never);
    // The check's own maximum (80) is the {maximum} argument, formatted for German.
    expect(persona.validationErrors?.fieldErrors.name).toEqual(["Halten Sie den Namen der Persona unter 80 Zeichen"]);

    // A nested field is named by its labels in German (lib/authz/validation-errors.ts with lib/i18n/path-wording.ts).
    const campaign = await createCampaignAction({ workspaceId: workspace.id, offers: [{ code: "kein code!" }] } as never);
    expect(campaign.validationErrors?.fieldErrors.offers).toContain(
      "Angebote, Eintrag 1, Code: Angebotscodes bestehen nur aus den Buchstaben A–Z, Ziffern, „-“ und „_“",
    );
  });

  it("answers the same input in English for an English request", async () => {
    requestLocale = "en";
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const persona = await createPersonaAction({ workspaceId: workspace.id, name: "x".repeat(81), language: "de" } as never);
    expect(persona.validationErrors?.fieldErrors.name).toEqual(["Keep the persona's name under 80 characters"]);
  });

  it("sends a refusal's key and parameters with its English sentence, so the browser can say it in German", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await removeMemberAction({ workspaceId: workspace.id, userId: members.admin.id, erasePersonalData: false });
    expect(result.serverError).toEqual({
      code: "conflict",
      message: "You cannot remove yourself; ask another admin.",
      key: "members.cannotRemoveYourselfAsk",
      params: {},
    });
    expect(describeServerError(result.serverError!, browserTranslator(german, "de"))).toBe("Sie können sich nicht selbst entfernen; bitten Sie einen anderen Admin darum.");
    expect(describeServerError(result.serverError!, browserTranslator(english, "en"))).toBe(result.serverError!.message);
  });
});
