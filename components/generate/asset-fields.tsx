"use client";

import { ArticleFields } from "./article-fields";
import type { AssetDraft } from "./asset-draft";
import { EmailFields } from "./email-fields";
import { GoogleRsaFields } from "./google-rsa-fields";
import { LinkedInAdFields } from "./linkedin-ad-fields";
import { MerchantFeedFields } from "./merchant-feed-fields";
import { MetaAdFields } from "./meta-ad-fields";
import { SeoPageFields } from "./seo-page-fields";
import { SocialPostFields } from "./social-post-fields";

/** The preview and editable fields for whichever kind the draft is; used for partials and results alike. */
export function AssetFields({ draft, onChange }: { draft: AssetDraft; onChange(draft: AssetDraft): void }) {
  switch (draft.kind) {
    case "seo-page":
      return <SeoPageFields page={draft} onChange={onChange} />;
    case "google-rsa":
      return <GoogleRsaFields ad={draft} onChange={onChange} />;
    case "meta-ad":
      return <MetaAdFields ad={draft} onChange={onChange} />;
    case "linkedin-ad":
      return <LinkedInAdFields ad={draft} onChange={onChange} />;
    case "email":
      return <EmailFields email={draft} onChange={onChange} />;
    case "article":
      return <ArticleFields article={draft} onChange={onChange} />;
    case "linkedin-post":
    case "instagram-post":
    case "x-post":
      return <SocialPostFields post={draft} onChange={onChange} />;
    case "merchant-feed":
      return <MerchantFeedFields feed={draft} onChange={onChange} />;
  }
}
