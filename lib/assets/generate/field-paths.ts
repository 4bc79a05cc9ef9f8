import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { EMAIL_LIMITS } from "@/lib/assets/validate/email";
import { RSA_LIMITS } from "@/lib/assets/validate/google-rsa";
import { LINKEDIN_LIMITS } from "@/lib/assets/validate/linkedin-ad";
import { MERCHANT_LIMITS } from "@/lib/assets/validate/merchant-limits";
import { META_LIMITS } from "@/lib/assets/validate/meta-ad";
import { SEO_LIMITS } from "@/lib/assets/validate/seo-page";
import { ARTICLE_LIMITS } from "@/lib/assets/validate/article";
import { SOCIAL_POST_REWRITE_MAX } from "@/lib/assets/validate/social-post";

/** A cited text field by path: `title`, `headlines[2]`, `outline[0].brief`, `faq[1].answer`, `sections[0].paragraphs[2]`. */
const PATH_SEGMENT = /^([a-zA-Z]+)(?:\[(\d+)\])?$/;

function segments(path: string): { key: string; index: number | null }[] | null {
  const parts = path.split(".").map((part) => PATH_SEGMENT.exec(part));
  if (parts.some((p) => p === null)) return null;
  return parts.map((p) => ({ key: p![1]!, index: p![2] === undefined ? null : Number(p![2]) }));
}

export function citedTextAt(asset: Asset, path: string): CitedText | null {
  let node: unknown = asset;
  for (const segment of segments(path) ?? []) {
    node = (node as Record<string, unknown> | null)?.[segment.key];
    if (segment.index !== null) node = Array.isArray(node) ? node[segment.index] : undefined;
  }
  const value = node as Partial<CitedText> | undefined;
  return value && typeof value.text === "string" && Array.isArray(value.citations) ? { text: value.text, citations: value.citations } : null;
}

/** A copy of the asset with the cited text at `path` replaced (keeps other keys, e.g. a pin). */
export function withCitedTextAt<A extends Asset>(asset: A, path: string, value: CitedText): A {
  const copy = structuredClone(asset);
  const parts = segments(path);
  if (!parts) return copy;
  let parent: Record<string, unknown> = copy as unknown as Record<string, unknown>;
  parts.forEach((segment, i) => {
    const isLast = i === parts.length - 1;
    let child = parent[segment.key];
    if (segment.index !== null) {
      const list = child as unknown[];
      if (isLast) list[segment.index] = { ...(list[segment.index] as object), ...value };
      else parent = list[segment.index] as Record<string, unknown>;
      return;
    }
    if (isLast) parent[segment.key] = { ...(child as object), ...value };
    else {
      child = parent[segment.key];
      parent = child as Record<string, unknown>;
    }
  });
  return copy;
}

/** The hard or preferred limit a rewritten field must fit (null: no platform limit). */
export function fieldLimit(kind: AssetKind, path: string): number | null {
  const field = path.replace(/\[\d+\]/g, "[]");
  const limits: Record<string, number | undefined> = {
    "seo-page:title": SEO_LIMITS.title.max,
    "seo-page:metaDescription": SEO_LIMITS.metaDescription.max,
    "google-rsa:headlines[]": RSA_LIMITS.headlines.maxLength,
    "google-rsa:descriptions[]": RSA_LIMITS.descriptions.maxLength,
    "meta-ad:primaryText": META_LIMITS.primaryText,
    "meta-ad:headline": META_LIMITS.headline,
    "meta-ad:description": META_LIMITS.description,
    "linkedin-ad:intro": LINKEDIN_LIMITS.intro.softMax,
    "linkedin-ad:headline": LINKEDIN_LIMITS.headline.softMax,
    "email:subject": EMAIL_LIMITS.subject.softMax,
    "email:preheader": EMAIL_LIMITS.preheader.softMax,
    "email:sections[].heading": EMAIL_LIMITS.heading.softMax,
    "article:title": ARTICLE_LIMITS.title.max,
    "article:metaDescription": ARTICLE_LIMITS.metaDescription.max,
    "linkedin-post:text": SOCIAL_POST_REWRITE_MAX["linkedin-post"],
    "instagram-post:text": SOCIAL_POST_REWRITE_MAX["instagram-post"],
    "x-post:text": SOCIAL_POST_REWRITE_MAX["x-post"],
    "merchant-feed:title": MERCHANT_LIMITS.title.softMax,
    "merchant-feed:description": MERCHANT_LIMITS.description.hardMax,
    "merchant-feed:highlights[]": MERCHANT_LIMITS.highlights.maxLength,
  };
  return limits[`${kind}:${field}`] ?? null;
}
