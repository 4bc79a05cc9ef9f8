import type { WithOmissions } from "@/lib/assets/schemas/omission";
import type { ExtractiveInput } from "@/lib/ai/local-models/extractive/read-prompt";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { displayPaths } from "./display-paths";
import { buildFactBase } from "./fact-base";
import { settleDisclaimers } from "./settle-disclaimers";
import { rsaDescriptions } from "./rsa-descriptions";
import { normalizedUtm } from "./normalized-utm";
import { rsaHeadlines } from "./rsa-headlines";

/** Google responsive search ad from the quoted sources only; landing page and UTM come from the brief. */
export function writeGoogleRsa(input: ExtractiveInput): WithOmissions<GoogleRsa> {
  const facts = buildFactBase(input, "google-rsa");
  const { path1, path2 } = displayPaths(facts);
  return settleDisclaimers({
    kind: "google-rsa",
    language: facts.language,
    headlines: rsaHeadlines(facts),
    descriptions: rsaDescriptions(facts),
    path1,
    path2,
    finalUrl: facts.brief.finalUrl,
    utm: normalizedUtm(facts.brief.utm),

    omissions: facts.omissions,
  }, facts.policy);
}
