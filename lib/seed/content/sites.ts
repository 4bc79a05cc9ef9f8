/*
 * The demo brands' websites. SYNTHETIC: ".example" domains (RFC 2606) never resolve, so generated
 * links and UTM URLs in the demo can never send anyone to a real shop.
 */
export const NORDLICHT_SITE = { url: "https://nordlicht.example", languages: ["de", "en"] } as const;
export const WALDKAFFEE_SITE = { url: "https://waldkaffee.example", languages: ["de"] } as const;
