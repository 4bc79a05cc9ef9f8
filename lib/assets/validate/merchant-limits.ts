// Kept free of imports: the editor's live counter (a client bundle) reads these too.

/**
 * Google Merchant Center limits: title up to 150 characters (Shopping shows about 70), description
 * up to 5,000 (at least 500 recommended), product_highlight up to 150 each, at least 2 when given
 * (recommended 4 to 6; this app writes at most 10), id up to 50.
 */
export const MERCHANT_LIMITS = {
  title: { softMax: 70, hardMax: 150 },
  description: { recommendedMin: 500, hardMax: 5_000 },
  highlights: { min: 2, max: 10, maxLength: 150 },
  productIdMaxLength: 50,
} as const;
