import "server-only";
import { eq } from "drizzle-orm";
import { brandSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { listProductOptions, type ProductOption } from "@/lib/assets/generate/product-options";
import { listWorkspaceMembers } from "@/lib/workspaces/queries";
import { listPersonas } from "./personas";

export type CampaignFormOptions = {
  personas: { id: string; name: string; language: string; archived: boolean }[];
  members: { userId: string; name: string; email: string }[];
  /** The languages the brand publishes in: the only ones a campaign may use. */
  languages: ("de" | "en")[];
  products: ProductOption[];
};

/** What the campaign form offers to pick from, all of this workspace. */
export async function loadCampaignFormOptions(db: Database, options: { workspaceId: string }): Promise<CampaignFormOptions> {
  const personas = await listPersonas(db, { workspaceId: options.workspaceId, includeArchived: true });
  const members = await listWorkspaceMembers(db, { workspaceId: options.workspaceId });
  const languages = await loadCampaignLanguages(db, options);
  const products = await listProductOptions(db, options.workspaceId);
  return {
    personas: personas.map((persona) => ({ id: persona.id, name: persona.name, language: persona.language, archived: persona.archivedAt !== null })),
    members: members.map((member) => ({ userId: member.userId, name: member.name, email: member.email })),
    languages,
    products,
  };
}

/** The languages the brand publishes in (both when the workspace has no brand settings yet, as the brand context assumes). */
export async function loadCampaignLanguages(db: Database, options: { workspaceId: string }): Promise<("de" | "en")[]> {
  const [settings] = await db.select({ languages: brandSettings.languages }).from(brandSettings).where(eq(brandSettings.workspaceId, options.workspaceId));
  return (settings?.languages ?? ["de", "en"]).filter((language): language is "de" | "en" => language === "de" || language === "en");
}
