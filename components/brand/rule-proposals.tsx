"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptAllRuleProposalsAction, acceptRuleProposalsAction, proposeRulesAction, rejectRuleProposalsAction } from "@/app/(app)/[workspace]/admin/brand/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { RuleProposal } from "@/lib/brand-rules/proposal";
import { describeFormatting, lineToRule, proposalToLine, type FormattingTranslator } from "./proposal-lines";
import { useLineErrorText } from "./line-error-text";

export type ProposalView = RuleProposal & { id: string; extractor: string; sourceTitle: string };
type Props = { workspaceId: string; proposals: ProposalView[]; guides: { id: string; title: string }[] };

/** Proposal types in display order; each group's heading is `brand.proposals.groups.<type>`. */
const GROUPS = ["banned_term", "preferred_term", "disclaimer", "formatting"] as const satisfies readonly RuleProposal["type"][];

/** Pending rules read from uploaded guides: review, edit, accept or reject; and ask for more. */
export function RuleProposals({ workspaceId, proposals, guides }: Props) {
  const router = useRouter();
  const t = useTranslations("brand.proposals");
  const errorText = useActionErrorText();
  const lineErrorText = useLineErrorText();
  const tFormatting = useTranslations("brand.formattingProposal");
  const refresh = { onSuccess: () => router.refresh() };
  const propose = useAction(proposeRulesAction, refresh);
  const accept = useAction(acceptRuleProposalsAction, refresh);
  const acceptAll = useAction(acceptAllRuleProposalsAction, refresh);
  const reject = useAction(rejectRuleProposalsAction, refresh);
  const [guideId, setGuideId] = useState(guides[0]?.id ?? "");
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [editError, setEditError] = useState<string | null>(null);
  const error = errorText(propose.result) ?? errorText(accept.result) ?? errorText(acceptAll.result) ?? errorText(reject.result);
  const busy = propose.isPending || accept.isPending || acceptAll.isPending || reject.isPending;

  function acceptOne(proposal: ProposalView) {
    const edited = edits[proposal.id];
    if (edited === undefined || edited === proposalToLine(proposal)) return accept.execute({ workspaceId, decisions: [{ id: proposal.id }] });
    const parsed = lineToRule(proposal.type, edited);
    if ("error" in parsed) return setEditError(lineErrorText(parsed.error));
    setEditError(null);
    accept.execute({ workspaceId, decisions: [{ id: proposal.id, rule: parsed.rule }] });
  }

  return (
    <section aria-labelledby="proposals-title" className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="proposals-title" className="text-base font-semibold text-slate-900">
          {t("heading")}
        </h2>
        {guides.length > 0 ? (
          <div className="flex items-end gap-2">
            <label className="grid gap-1 text-sm">
              {t("guide")}
              <Select value={guideId} onChange={(e) => setGuideId(e.target.value)}>
                {guides.map((guide) => (
                  <option key={guide.id} value={guide.id}>
                    {guide.title}
                  </option>
                ))}
              </Select>
            </label>
            <Button variant="secondary" disabled={busy || !guideId} onClick={() => propose.execute({ workspaceId, sourceId: guideId })}>
              {t("propose")}
            </Button>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("noGuides")}</p>
        )}
      </div>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {editError ? <Alert tone="error">{editError}</Alert> : null}
        {propose.result.data ? <Alert tone="success">{t("proposed", { count: propose.result.data.proposed, extractor: propose.result.data.extractor })}</Alert> : null}
      </div>
      {proposals.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <div>
            <Button disabled={busy} onClick={() => acceptAll.execute({ workspaceId })}>
              {t("acceptAll", { count: proposals.length })}
            </Button>
          </div>
          {GROUPS.map((type) => {
            const items = proposals.filter((proposal) => proposal.type === type);
            if (items.length === 0) return null;
            return (
              <div key={type}>
                <h3 className="text-sm font-semibold text-slate-800">
                  {t(`groups.${type}`, { count: items.length })}
                </h3>
                <ul className="mt-2 grid gap-3">
                  {items.map((proposal) => {
                    const line = proposalToLine(proposal);
                    return (
                      <li key={proposal.id} className="grid gap-1 rounded-md border border-slate-200 p-3" data-testid="rule-proposal">
                        {line === null ? (
                          <p className="text-sm font-medium">{describeFormatting(proposal.rule as Parameters<typeof describeFormatting>[0], tFormatting as FormattingTranslator)}</p>
                        ) : (
                          <input
                            aria-label={t("editLabel", { line })}
                            className="w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-sm"
                            value={edits[proposal.id] ?? line}
                            onChange={(e) => setEdits((current) => ({ ...current, [proposal.id]: e.target.value }))}
                          />
                        )}
                        <p className="text-xs text-slate-600">
                          {t.rich("evidence", { source: proposal.sourceTitle, evidence: proposal.evidence, extractor: proposal.extractor, q: (chunks) => <q>{chunks}</q> })}
                        </p>
                        <div className="flex gap-2">
                          <Button disabled={busy} onClick={() => acceptOne(proposal)}>
                            {t("accept")}
                          </Button>
                          <Button variant="secondary" disabled={busy} onClick={() => reject.execute({ workspaceId, ids: [proposal.id] })}>
                            {t("reject")}
                          </Button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
