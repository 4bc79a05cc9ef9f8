import { RedactionSession, type PlaceholderMap } from "@/lib/privacy/pii/redact";
import type { CampaignBriefFacts } from "@/lib/campaigns/campaign-brief";
import type { BriefInput } from "./brief";

/**
 * The brief with personal data removed from every free-text field (one redaction session, so a
 * name in the topic and in the goal is the same `[PERSON_1]`), and how many values were removed.
 * Only this redacted brief is stored (asset provenance, batches); the raw one never is.
 * `keep` holds phrases that are not personal data whatever they look like (the product's title).
 * `placeholders` maps each placeholder back to the value the marketer typed: it stays in memory
 * for this request, so the generated fields can hold the real contact name or phone number the
 * brief asked for (restorePlaceholders), and is never stored.
 * `campaign`: what the brief takes from its campaign goes to the model as well, so the persona's
 * free text (the audience) and the offer's value and conditions are redacted in the same session
 * (a name in the persona and the topic is one placeholder). The offer's code stays as it is: the
 * copy must state it exactly.
 */
export function redactBrief(
  brief: BriefInput,
  options: { keep?: readonly string[]; campaign?: CampaignBriefFacts | null } = {},
): {
  brief: BriefInput;
  redactions: number;
  containsPersonalData: boolean;
  placeholders: PlaceholderMap;
  campaign: CampaignBriefFacts | null;
} {
  const campaign = options.campaign ?? null;
  const session = new RedactionSession({ keep: [...(options.keep ?? []), ...(campaign?.offer ? [campaign.offer.code] : [])] });
  let containsPersonalData = false;
  const clean = (text: string) => {
    const result = session.redact(text);
    if (result.residual.length > 0) containsPersonalData = true;
    return result.text;
  };
  const cleanBrief = { ...brief, topic: clean(brief.topic), audience: clean(brief.audience), goal: clean(brief.goal), tone: clean(brief.tone), keywords: brief.keywords.map(clean) };
  const cleanCampaign = campaign && {
    ...campaign,
    audience: campaign.audience === null ? null : clean(campaign.audience),
    offer: campaign.offer && { ...campaign.offer, value: clean(campaign.offer.value), conditions: clean(campaign.offer.conditions) },
  };
  return {
    brief: cleanBrief,
    campaign: cleanCampaign,
    redactions: session.total,
    containsPersonalData,
    placeholders: session.placeholders,
  };
}
