import type { Article } from "@/lib/assets/schemas/article";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { Email } from "@/lib/assets/schemas/email";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import type { AssetLanguage } from "@/lib/assets/schemas/language";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import { META_CALL_TO_ACTION_TYPES, type MetaCallToAction } from "@/lib/assets/schemas/meta-call-to-action";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import type { InstagramPost, LinkedInPost, SocialLink, XPost } from "@/lib/assets/schemas/social-post";
import type { Utm } from "@/lib/assets/schemas/utm";
import { asRecord, readArray, readNullableString, readOneOf, readString, readStringArray } from "./partial-read";

/*
 * A Meta ad whose button is not known yet: while streaming, inventing "Learn more" would show
 * a choice the model never made. Every finished asset has a real value.
 */
export type MetaAdDraft = Omit<MetaAd, "callToAction"> & { callToAction: MetaCallToAction | null };
export type AssetDraft = SeoPage | GoogleRsa | MetaAdDraft | LinkedInAd | Email | Article | LinkedInPost | InstagramPost | XPost | MerchantFeed;

/**
 * Gives streamed or saved content the full shape of its kind, filling what is missing with
 * empty values, so one card renders both a half-written partial and a finished asset. Partials
 * are snapshots of the whole object so far (not deltas), so each one replaces the last: merging
 * would keep stale headlines when a repair round starts writing from scratch.
 * A complete asset comes back unchanged apart from dropped unknown keys.
 */
export function toAssetDraft(kind: AssetKind, value: unknown): AssetDraft {
  const record = asRecord(value);
  // English only as a stand-in while the field has not streamed yet; finished assets carry theirs.
  const language = readOneOf<AssetLanguage, AssetLanguage>(record.language, ["de", "en"], "en");
  switch (kind) {
    case "seo-page":
      return {
        kind,
        language,
        targetKeywords: readStringArray(record.targetKeywords),
        slug: readString(record.slug),
        title: readCitedText(record.title),
        metaDescription: readCitedText(record.metaDescription),
        h1: readCitedText(record.h1),
        outline: readArray(record.outline).map((item) => {
          const section = asRecord(item);
          return { level: readOneOf<2 | 3, 2>(section.level, [2, 3], 2), heading: readCitedText(section.heading), brief: readCitedText(section.brief) };
        }),
        faq: readArray(record.faq).map((item) => {
          const pair = asRecord(item);
          return { question: readString(pair.question), answer: readCitedText(pair.answer) };
        }),
        internalLinks: readArray(record.internalLinks).map((item) => {
          const link = asRecord(item);
          return { url: readString(link.url), anchorText: readString(link.anchorText), citations: readStringArray(link.citations) };
        }),
        hreflang: readArray(record.hreflang).map((item) => {
          const entry = asRecord(item);
          return { language: readString(entry.language), url: readString(entry.url) };
        }),
        jsonLd: readString(record.jsonLd),
      };
    case "google-rsa":
      return {
        kind,
        language,
        headlines: readArray(record.headlines).map((item) => {
          const headline = asRecord(item);
          return { text: readString(headline.text), citations: readStringArray(headline.citations), pin: readOneOf<1 | 2 | 3, null>(headline.pin, [1, 2, 3], null) };
        }),
        descriptions: readArray(record.descriptions).map((item) => {
          const description = asRecord(item);
          return { text: readString(description.text), citations: readStringArray(description.citations), pin: readOneOf<1 | 2, null>(description.pin, [1, 2], null) };
        }),
        path1: readNullableString(record.path1),
        path2: readNullableString(record.path2),
        finalUrl: readString(record.finalUrl),
        utm: readUtm(record.utm),
      };
    case "meta-ad":
      return {
        kind,
        language,
        primaryText: readCitedText(record.primaryText),
        headline: readCitedText(record.headline),
        description: readCitedText(record.description),
        callToAction: readOneOf<MetaCallToAction, null>(record.callToAction, META_CALL_TO_ACTION_TYPES, null),
        finalUrl: readString(record.finalUrl),
        utm: readUtm(record.utm),
      };
    case "linkedin-ad":
      return {
        kind,
        language,
        intro: readCitedText(record.intro),
        headline: readCitedText(record.headline),
        finalUrl: readString(record.finalUrl),
        utm: readUtm(record.utm),
      };
    case "email":
      return {
        kind,
        language,
        subject: readCitedText(record.subject),
        preheader: readCitedText(record.preheader),
        sections: readArray(record.sections).map((item) => {
          const section = asRecord(item);
          return { heading: readCitedText(section.heading), body: readCitedText(section.body) };
        }),
        callToAction: readString(record.callToAction),
        finalUrl: readString(record.finalUrl),
        footer: readString(record.footer),
        utm: readUtm(record.utm),
      };
    case "article":
      return {
        kind,
        language,
        title: readCitedText(record.title),
        metaDescription: readCitedText(record.metaDescription),
        slug: readString(record.slug),
        canonicalUrl: readString(record.canonicalUrl),
        h1: readCitedText(record.h1),
        outline: readStringArray(record.outline),
        lead: readCitedText(record.lead),
        sections: readArray(record.sections).map((item) => {
          const section = asRecord(item);
          return {
            heading: readCitedText(section.heading),
            paragraphs: readArray(section.paragraphs).map((entry) => {
              const paragraph = asRecord(entry);
              // Not yet streamed reads as factual: a half-written paragraph is never shown as exempt from citing.
              return { transition: paragraph.transition === true, ...readCitedText(paragraph) };
            }),
          };
        }),
        internalLinks: readArray(record.internalLinks).map((item) => {
          const link = asRecord(item);
          return { url: readString(link.url), anchorText: readString(link.anchorText), citations: readStringArray(link.citations) };
        }),
        jsonLd: readString(record.jsonLd),
      };
    case "linkedin-post":
    case "x-post":
      return { kind, language, text: readCitedText(record.text), hashtags: readStringArray(record.hashtags), link: readLink(record.link) };
    case "instagram-post":
      return { kind, language, text: readCitedText(record.text), hashtags: readStringArray(record.hashtags) };
    case "merchant-feed":
      return {
        kind,
        language,
        productId: readString(record.productId),
        title: readCitedText(record.title),
        description: readCitedText(record.description),
        highlights: readArray(record.highlights).map(readCitedText),
      };
  }
}

function readLink(value: unknown): SocialLink {
  const record = asRecord(value);
  return { finalUrl: readString(record.finalUrl), utm: readUtm(record.utm) };
}

function readCitedText(value: unknown): CitedText {
  const record = asRecord(value);
  return { text: readString(record.text), citations: readStringArray(record.citations) };
}

function readUtm(value: unknown): Utm {
  const record = asRecord(value);
  return {
    source: readString(record.source),
    medium: readString(record.medium),
    campaign: readString(record.campaign),
    content: readNullableString(record.content),
    term: readNullableString(record.term),
  };
}

/** Immutable update of one list item, for the editors' onChange handlers. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, position) => (position === index ? item : existing));
}
