import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { countCampaignsByPersona, listPersonas } from "@/lib/campaigns/personas";
import { loadCampaignLanguages } from "@/lib/campaigns/campaign-form-options";
import { PageHeader } from "@/components/ui/page-header";
import { PersonasManager } from "@/components/campaigns/personas-manager";
import { manageCampaignsReason } from "@/components/campaigns/manage-reason";

export const metadata: Metadata = { title: "Personas" };

export default async function PersonasPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:read" });
  const db = await getDb();
  const personas = await listPersonas(db, { workspaceId: membership.workspaceId, includeArchived: true });
  const uses = await countCampaignsByPersona(db, { workspaceId: membership.workspaceId });
  const languages = await loadCampaignLanguages(db, { workspaceId: membership.workspaceId });
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/${membership.slug}/campaigns`} className="text-brand-700 underline">
          Campaigns
        </Link>
      </nav>
      <PageHeader title="Personas" description="Saved audiences: who they are, their pains and their words. Briefs inside a campaign inherit its persona." />
      <PersonasManager
        workspaceId={membership.workspaceId}
        languages={languages}
        reason={manageCampaignsReason(membership.role)}
        personas={personas.map((persona) => ({
          id: persona.id,
          name: persona.name,
          description: persona.description,
          pains: persona.pains,
          vocabulary: persona.vocabulary,
          language: persona.language,
          archived: persona.archivedAt !== null,
          campaigns: uses.get(persona.id) ?? 0,
        }))}
      />
    </>
  );
}
