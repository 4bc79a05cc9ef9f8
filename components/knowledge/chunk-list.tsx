"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { releaseChunkAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FirewallFlag } from "@/lib/db/schema/knowledge-chunks";

/** Which rule fired, or the classifier's score, as an admin reads it: the rule name and score are technical values. */
function useWhy() {
  const t = useTranslations("knowledge.chunks");
  return (flag: FirewallFlag): string => {
    const rule = flag.rule === "classifier" ? null : flag.rule;
    const score = flag.score !== undefined ? flag.score.toFixed(2) : null;
    if (rule && score) return t("whyRuleScore", { rule, score });
    if (rule) return t("whyRule", { rule });
    if (score) return t("whyScore", { score });
    return t("whyNone");
  };
}

export type ChunkView = {
  id: string;
  ordinal: number;
  sectionPath: string[];
  text: string;
  tokenCount: number;
  firewallStatus: "clean" | "quarantined" | "flagged" | "released";
  firewallFlags: FirewallFlag[];
  holdsPersonalData: boolean;
  retiredAt: Date | null;
  embeddingModel: string;
};

export function ChunkList({ workspaceId, chunks, canRelease }: { workspaceId: string; chunks: ChunkView[]; canRelease: boolean }) {
  const router = useRouter();
  const release = useAction(releaseChunkAction, { onSuccess: () => router.refresh() });
  const t = useTranslations("knowledge.chunks");
  const errorText = useActionErrorText();
  const why = useWhy();
  const error = errorText(release.result);
  if (chunks.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ol className="space-y-3" data-testid="chunk-list">
        {chunks.map((chunk) => (
          <li key={chunk.id} className={`rounded-md border bg-white p-3 ${chunk.firewallStatus === "flagged" || chunk.firewallStatus === "quarantined" ? "border-red-300" : "border-slate-200"}`}>
            <div className="flex flex-wrap items-baseline gap-2 text-xs text-slate-600">
              <span className="font-semibold text-slate-800">#{chunk.ordinal + 1}</span>
              {chunk.sectionPath.length > 0 ? <span>{chunk.sectionPath.join(" › ")}</span> : null}
              <span>{t("tokens", { count: chunk.tokenCount })}</span>
              <span className="font-mono">{chunk.id}</span>
              {chunk.retiredAt ? <span className="rounded bg-slate-100 px-1.5">{t("retired")}</span> : null}
              {chunk.holdsPersonalData ? (
                <span className="rounded bg-violet-100 px-1.5 text-violet-900" title={t("personalDataHint")}>
                  {t("personalData")}
                </span>
              ) : null}
              {chunk.firewallStatus === "released" ? <span className="rounded bg-green-100 px-1.5 text-green-800">{t("released")}</span> : null}
            </div>
            {chunk.firewallStatus === "flagged" || chunk.firewallStatus === "quarantined" ? (
              <div className="mt-2 rounded bg-red-50 p-2 text-xs text-red-800" data-testid="firewall-flag">
                {chunk.firewallStatus === "flagged"
                  ? t("flagged", { rules: [...new Set(chunk.firewallFlags.map((f) => f.rule))].join(", ") })
                  : t("quarantined")}
                {canRelease ? (
                  <Button variant="secondary" className="ml-2 min-h-8 px-2 py-1 text-xs" onClick={() => release.execute({ workspaceId, chunkId: chunk.id })}>
                    {t("release")}
                  </Button>
                ) : null}
                <ul className="mt-2 space-y-1" data-testid="quarantined-spans">
                  {chunk.firewallFlags.map((flag, index) => (
                    <li key={index}>
                      <span className="font-semibold">{t(`fields.${flag.field ?? "text"}`)}</span> {why(flag)}{" "}
                      <q className="italic">{flag.quarantined?.text ?? flag.excerpt}</q>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <p className="mt-2 whitespace-pre-line text-sm">{chunk.text}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
