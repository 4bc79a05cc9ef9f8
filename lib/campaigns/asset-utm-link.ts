import { buildUtmUrl, type Utm } from "@/lib/assets/schemas/utm";

export type AssetUtmLink = { url: string; campaign: string };

/** Keys an asset kind may keep its landing page under, next to its `utm` object. */
const URL_KEYS = ["finalUrl", "url", "href", "link", "landingUrl"] as const;

function isUtm(value: unknown): value is Utm {
  if (!value || typeof value !== "object") return false;
  const utm = value as Record<string, unknown>;
  return typeof utm.source === "string" && typeof utm.medium === "string" && typeof utm.campaign === "string" && utm.campaign.trim() !== "";
}

function withUtm(url: string, utm: Utm): string | null {
  if (!URL.canParse(url)) return null;
  try {
    return buildUtmUrl(url, { source: utm.source, medium: utm.medium, campaign: utm.campaign, content: utm.content ?? null, term: utm.term ?? null });
  } catch {
    return null;
  }
}

/**
 * The tracked link an asset sends people to, read from its content whatever its kind: the first
 * object (depth first, in key order) holding a `utm` set and a landing-page URL gives the link the
 * exports build (`buildUtmUrl`); failing that, the first absolute URL that already carries a
 * `utm_campaign` (a kind that stores its call-to-action link whole). null for kinds without one (SEO pages).
 */
export function assetUtmLink(content: unknown): AssetUtmLink | null {
  return fromUtmObject(content, 0) ?? fromTaggedUrl(content, 0);
}

const MAX_DEPTH = 6;

function fromUtmObject(node: unknown, depth: number): AssetUtmLink | null {
  if (!node || typeof node !== "object" || depth > MAX_DEPTH) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = fromUtmObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (isUtm(record.utm)) {
    for (const key of URL_KEYS) {
      const value = record[key];
      const url = typeof value === "string" ? withUtm(value, record.utm) : null;
      if (url) return { url, campaign: new URL(url).searchParams.get("utm_campaign") ?? record.utm.campaign };
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === "utm") continue;
    const found = fromUtmObject(value, depth + 1);
    if (found) return found;
  }
  return null;
}

function fromTaggedUrl(node: unknown, depth: number): AssetUtmLink | null {
  if (depth > MAX_DEPTH) return null;
  if (typeof node === "string") {
    if (!node.includes("utm_campaign=") || !URL.canParse(node)) return null;
    const url = new URL(node);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    const campaign = url.searchParams.get("utm_campaign");
    return campaign ? { url: node, campaign } : null;
  }
  if (!node || typeof node !== "object") return null;
  for (const value of Array.isArray(node) ? node : Object.values(node)) {
    const found = fromTaggedUrl(value, depth + 1);
    if (found) return found;
  }
  return null;
}
