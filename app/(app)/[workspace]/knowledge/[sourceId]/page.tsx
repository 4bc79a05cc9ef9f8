import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { classificationsFor } from "@/lib/knowledge/classification";
import { MAX_UPLOAD_BYTES } from "@/lib/knowledge/limits";
import { getSourceDetail } from "@/lib/knowledge/sources/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AutoRefresh } from "@/components/knowledge/auto-refresh";
import { ChunkList } from "@/components/knowledge/chunk-list";
import { PersonalDataBadge } from "@/components/knowledge/personal-data-badge";
import { RetireSourceButton } from "@/components/knowledge/retire-source-button";
import { UploadPanel } from "@/components/knowledge/upload-panel";
import { SourceRoleSelect } from "@/components/knowledge/source-role-select";
import { effectiveRole } from "@/lib/knowledge/source-roles";
import { isClassification, isContentLanguage, isSourceRole, isSourceStatus } from "@/components/knowledge/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.source");
  return { title: t("title") };
}

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; sourceId: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { workspace, sourceId } = await params;
  const { version } = await searchParams;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "knowledge:read" });
  const detail = await getSourceDetail(await getDb(), {
    workspaceId: membership.workspaceId,
    sourceId,
    classifications: classificationsFor(membership.role),
    version: version && /^\d+$/.test(version) ? Number(version) : undefined,
  });
  // Another workspace's source, or one above the viewer's classification: not found, no leak.
  if (!detail) notFound();
  const { source, versions, shownVersion, chunks } = detail;
  const canWrite = roleHasPermission(membership.role, "knowledge:write");
  const isWorking = versions.some((v) => v.status === "queued" || v.status === "processing");
  const t = await getTranslations("knowledge.source");
  const tKnowledge = await getTranslations("knowledge");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const statusLabel = (status: string) => (isSourceStatus(status) ? tKnowledge(`statuses.${status}`) : status);
  const description = [
    isSourceRole(source.kind) ? tKnowledge(`roles.${source.kind}`) : source.kind,
    isClassification(source.classification) ? tKnowledge(`classifications.${source.classification}`) : source.classification,
    source.language ? (isContentLanguage(source.language) ? tKnowledge(`languages.${source.language}`) : source.language) : t("languagePending"),
    statusLabel(source.status),
  ].join(" · ");
  const knowledgeHref = `/${membership.slug}/knowledge`;
  const currentPersonalData = versions.find((v) => v.version === source.currentVersion)?.personalData ?? null;

  return (
    <>
      <AutoRefresh isActive={isWorking} />
      <Link href={knowledgeHref} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={source.title}
        description={description}
        actions={canWrite && !source.retiredAt ? <RetireSourceButton workspaceId={membership.workspaceId} sourceId={source.id} /> : null}
      />
      {canWrite && !source.retiredAt ? (
        <div className="mb-4 max-w-sm text-sm">
          <span className="font-medium">{t("role")}</span>
          <SourceRoleSelect workspaceId={membership.workspaceId} sourceId={source.id} kind={source.kind} isFeedProduct={source.origin === "product_feed"} />
        </div>
      ) : null}
      {source.canonicalUrl ? (
        <p className="mb-4 text-sm">
          {t("canonicalUrl")} <a className="text-brand-700 underline" href={source.canonicalUrl}>{source.canonicalUrl}</a>
        </p>
      ) : null}
      {source.statusMessage ? <p className="mb-4 text-sm text-slate-700">{source.statusMessage}</p> : null}
      {currentPersonalData?.holdsPersonalData ? (
        <p className="mb-4 text-sm text-slate-700">
          <PersonalDataBadge summary={currentPersonalData} /> {t("personalDataNote")}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading" className="mb-2 text-lg font-medium">
            {t("versions")}
          </h2>
          <ol className="space-y-2 text-sm" data-testid="version-list">
            {versions.map((v) => (
              <li key={v.id} className={`rounded-md border p-2 ${v.version === shownVersion ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}>
                <Link href={`?version=${v.version}`} className="font-medium text-brand-700 underline">
                  {t("version", { version: v.version })}
                </Link>{" "}
                <span className="text-slate-600">{statusLabel(v.status)}</span>
                <div className="text-xs text-slate-600">
                  {t("versionMeta", { file: v.fileName ?? v.format, chunks: v.chunksTotal, time: tCommon("timeZoneSuffix", { time: format.dateTime(v.createdAt, "dateTime") }) })}
                </div>
                {v.error ? <div className="text-xs text-red-700">{v.error}</div> : null}
                <PersonalDataBadge summary={v.personalData} />
                {v.warnings.length > 0 ? <div className="text-xs text-amber-800">{v.warnings.join(" ")}</div> : null}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="chunks-heading" className="min-w-0">
          <h2 id="chunks-heading" className="mb-2 text-lg font-medium">
            {t("chunksHeading", { version: shownVersion, count: chunks.length })}
          </h2>
          <ChunkList workspaceId={membership.workspaceId} chunks={chunks} canRelease={roleHasPermission(membership.role, "knowledge:release")} />
        </section>
      </div>
      {canWrite && source.origin !== "product_feed" ? (
        <div className="mt-8">
          <UploadPanel
            workspaceId={membership.workspaceId}
            maxBytes={MAX_UPLOAD_BYTES}
            sourceId={source.id}
            initialMetadata={{
              kind: effectiveRole(source.kind),
              classification: source.classification,
              language: source.isLanguageDetected || !source.language ? "auto" : source.language,
              canonicalUrl: source.canonicalUrl ?? "",
            }}
          />
        </div>
      ) : null}
    </>
  );
}
