import { z } from "zod";
import { CitationsSchema, citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";

const MERCHANT_POLICY =
  "Google Merchant policy: no promotional text (no price, sale, discount, free shipping, \"buy now\"), no words in capitals except abbreviations, no repeated punctuation, no emoji or decorative symbols, no phone numbers, e-mail addresses or links, nothing about the shop or other products.";

/*
 * Product feed copy: the texts of one product in a Google Merchant Center supplemental feed, which
 * overrides the main feed's title and description for the product with the same `id`. Lengths and
 * the number of highlights are validation rules (lib/assets/validate/merchant-feed.ts), not schema
 * limits, so an over-long description is reported and shortened in the editor instead of making the
 * whole asset unparsable. Highlights are a list that may be empty rather than a nullable field:
 * strict structured output has no optional properties, and "no highlights" is simply none.
 */
export const MerchantFeedSchema = z.object({
  kind: z.enum(["merchant-feed"]).describe('Always "merchant-feed".'),
  language: LanguageSchema,
  productId: z
    .string()
    .describe("The product's id in the shop's feed, copied exactly from product.productId in the brief: the supplemental feed row it updates. Never invent or change it."),
  title: citedTextSchema(
    `The product title in Google Shopping: the product name, then its most relevant attributes from the sources (brand, gender, colour, material, size). Put the important words in the first 70 characters (Shopping cuts there); never above 150. ${MERCHANT_POLICY}`,
  ),
  description: citedTextSchema(
    `What the product is and does, from the sources only: its own description first, then further facts about this product. At most 5,000 characters; Google recommends at least 500 where the sources say that much, but never pad or invent to get there. ${MERCHANT_POLICY}`,
  ),
  highlights: z
    .array(
      z.object({
        text: z.string().describe(`One short, skimmable fact about the product (product_highlight), at most 150 characters, e.g. "Water column 20,000 mm". ${MERCHANT_POLICY}`),
        citations: CitationsSchema,
      }),
    )
    .describe("Up to 10 product highlights (Google recommends 4 to 6); an empty list when the sources give none."),
});

export type MerchantFeed = z.infer<typeof MerchantFeedSchema>;
export type MerchantHighlight = MerchantFeed["highlights"][number];
