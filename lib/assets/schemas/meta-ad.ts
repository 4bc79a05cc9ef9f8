import { z } from "zod";
import { citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";
import { META_CALL_TO_ACTIONS, META_CALL_TO_ACTION_TYPES } from "./meta-call-to-action";
import { UtmSchema } from "./utm";

const CALL_TO_ACTION_LIST = META_CALL_TO_ACTION_TYPES.join(", ");

export const MetaAdSchema = z.object({
  kind: z.enum(["meta-ad"]).describe('Always "meta-ad".'),
  language: LanguageSchema,
  primaryText: citedTextSchema("The text above the image. Keep the key message in the first 125 characters; Meta cuts the rest behind \"See more\"."),
  headline: citedTextSchema("The bold line below the image: at most 40 characters."),
  description: citedTextSchema("The small line below the headline: at most 30 characters; often hidden on mobile."),
  // An enum in the schema, not a rule: Meta rejects any other value, and with strict structured
  // output the model cannot produce one. The custom message helps a human editing the JSON.
  callToAction: z
    .enum(META_CALL_TO_ACTION_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? `A call to action is required; Meta accepts one of ${CALL_TO_ACTION_LIST}.`
          : `Call to action ${JSON.stringify(issue.input)} is not one of Meta's buttons: ${CALL_TO_ACTION_LIST}.`,
    })
    .describe(
      `The button: one of ${META_CALL_TO_ACTIONS.map((cta) => `${cta.type} ("${cta.label}")`).join(", ")}.`,
    ),
  finalUrl: z.string().describe("Absolute https URL of the landing page, without UTM parameters."),
  utm: UtmSchema,
});

export type MetaAd = z.infer<typeof MetaAdSchema>;
