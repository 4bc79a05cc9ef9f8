import { describeModelUse, type ModelDisclosure } from "@/lib/ai/disclosure";

export const LOCAL_EXTRACTIVE_LABEL = "Local extractive model — recombines sentences from your sources, not a generative AI";

/** True for the built-in extractive model's ids (`local:extractive-v1`). */
export const isLocalExtractiveModel = (model: string | null | undefined) => Boolean(model && /^local:extractive/.test(model));

/**
 * Names the local extractive writer plainly wherever its output appears: it only recombines
 * source sentences, and calling that "AI-generated" would oversell it.
 */
export function LocalExtractiveBadge() {
  return (
    <p className="inline-block rounded-full border border-slate-300 bg-slate-100 px-3 py-1 text-xs font-medium text-slate-800" data-testid="local-extractive-badge">
      {LOCAL_EXTRACTIVE_LABEL}
    </p>
  );
}

/**
 * What was sent to whom for one result (generated asset, field rewrite, knowledge answer): the
 * same sentences for every path (local, hosted, fallback after failures, cache), from
 * lib/ai/disclosure.ts. Results saved before disclosures were recorded say only what is known,
 * never "nothing was sent".
 */
export function PrivacyNote({ privacy, model }: { privacy: ModelDisclosure | null; model: string | null }) {
  const sentences = privacy ? describeModelUse(privacy) : [`Model: ${model ?? "unknown"}. What was sent for this earlier result was not recorded.`];
  return (
    <p className="text-xs text-slate-600" data-testid="privacy-note">
      {sentences.join(" ")}
    </p>
  );
}
