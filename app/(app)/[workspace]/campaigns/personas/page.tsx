import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { countCampaignsByPersona, listPersonas } from "@/lib/campaigns/personas";
import { loadCampaignLanguages } from "@/lib/campaigns/campaign-form-options";
import { PageHeader } from "@/components/ui/page-header";
import { PersonasManager } from "@/components/campaigns/personas-manager";
import { manageCampaignsReason } from "@/components/campaigns/manage-reason";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.personasPage");
  return { title: t("title") };
}

export default async function PersonasPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const t = await getTranslations("campaigns.personasPage");
  const tReason = await getTranslations("campaigns.manageReason");
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:read" });
  const db = await getDb();
  const personas = await listPersonas(db, { workspaceId: membership.workspaceId, includeArchived: true });
  const uses = await countCampaignsByPersona(db, { workspaceId: membership.workspaceId });
  const languages = await loadCampaignLanguages(db, { workspaceId: membership.workspaceId });
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href={`/${membership.slug}/campaigns`} className="text-brand-700 underline">
          {t("campaigns")}
        </Link>
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      <PersonasManager
        workspaceId={membership.workspaceId}
        languages={languages}
        reason={manageCampaignsReason(membership.role, tReason)}
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
