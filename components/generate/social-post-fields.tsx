"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { SocialPost } from "@/lib/assets/schemas/social-post";
import { composeSocialPost, hashtagLine } from "@/lib/assets/social/compose-post";
import { openingParagraph, SOCIAL_POST_LIMITS, socialPostLength } from "@/lib/assets/validate/social-post";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { useFieldContext } from "./field-context";
import { CharCount } from "./field-status";
import { citedPaths } from "./issue-paths";
import { LandingUrlFields } from "./landing-url-fields";
import { SocialPostPreview } from "./social-post-preview";
import { TextFieldEditor } from "./text-field-editor";

/** "#Nordlicht, Hardshell #Regenjacke" → ["Nordlicht", "Hardshell", "Regenjacke"]. */
export function parseHashtags(raw: string): string[] {
  return raw
    .split(/[\s,;]+/u)
    .map((tag) => tag.replace(/^#+/, ""))
    .filter((tag) => tag !== "");
}

/**
 * The hashtags as one line, typed the way they appear in a post. The typed text is kept as typed
 * (a lone "#" or a trailing space would vanish if the line were rebuilt from the list on every
 * key) and re-read from the list only when the list changes from outside (an undo, a regenerate).
 */
function HashtagsField({ hashtags, onChange }: { hashtags: readonly string[]; onChange(hashtags: string[]): void }) {
  const t = useTranslations("generate.fields");
  const [raw, setRaw] = useState(() => hashtagLine(hashtags));
  const [shown, setShown] = useState(hashtags);
  if (shown !== hashtags) {
    setShown(hashtags);
    if (parseHashtags(raw).join(" ") !== hashtags.join(" ")) setRaw(hashtagLine(hashtags));
  }
  return (
    <TextFieldEditor
      path="hashtags"
      label={t("hashtags")}
      value={raw}
      onChange={(value) => {
        setRaw(value);
        onChange(parseHashtags(value));
      }}
    />
  );
}

/** The whole post against the network's limit, and the opening against the "see more" cut. */
function PostLength({ post, id }: { post: SocialPost; id: string }) {
  const t = useTranslations("generate.fields");
  // The network's own "see more" wording in the member's language (the same words the preview shows).
  const previews = useTranslations("generate.previews");
  const limits = SOCIAL_POST_LIMITS[post.kind];
  const length = socialPostLength(post);

  return (
    <div id={id} className="flex flex-col gap-0.5">
      <span className="text-xs text-slate-600">
        {t(post.kind === "x-post" ? "wholePostX" : "wholePost")} <CharCount id={`${id}-total`} length={length} limit={{ max: limits.maxLength, hardMax: limits.maxLength, required: true }} />
      </span>
      {limits.seeMore !== null ? (
        <span className="text-xs text-slate-600">
          {t("openingParagraph", { cut: post.kind === "x-post" ? "" : previews(`network.${post.kind}.seeMore`) })}{" "}
          <CharCount id={`${id}-opening`} length={visibleLength(openingParagraph(post.text.text))} limit={{ max: limits.seeMore, hardMax: null }} />
        </span>
      ) : null}
    </div>
  );
}

function CopyPost({ post }: { post: SocialPost }) {
  const t = useTranslations("generate.fields");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(composeSocialPost(post));
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  }
  return (
    <>
      <button type="button" onClick={() => void copy()} className="rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100">
        {copied ? t("copied") : t("copyPost")}
      </button>
      <span className="sr-only" aria-live="polite">
        {copied ? t("postCopied") : ""}
      </span>
    </>
  );
}

/** Preview and editors of a LinkedIn, Instagram or X post. */
export function SocialPostFields({ post, onChange }: { post: SocialPost; onChange(post: SocialPost): void }) {
  const t = useTranslations("generate.fields");
  const { idPrefix, streaming } = useFieldContext();
  const label = post.kind === "instagram-post" ? t("caption") : t("postText");
  return (
    <div className="space-y-4">
      <SocialPostPreview post={post} />
      <div>
        <TextFieldEditor
          path="text.text"
          label={label}
          issuePaths={citedPaths("text")}
          value={post.text.text}
          citations={post.text.citations}
          multiline
          rows={8}
          onChange={(text) => onChange({ ...post, text: { ...post.text, text } })}
        />
        <div className="mt-1 flex flex-wrap items-start justify-between gap-2">
          <PostLength post={post} id={`${idPrefix}-post-length`} />
          {streaming ? null : <CopyPost post={post} />}
        </div>
      </div>
      <HashtagsField hashtags={post.hashtags} onChange={(hashtags) => onChange({ ...post, hashtags })} />
      {post.kind === "instagram-post" ? null : (
        <LandingUrlFields
          pathPrefix="link."
          finalUrl={post.link.finalUrl}
          utm={post.link.utm}
          onFinalUrlChange={(finalUrl) => onChange({ ...post, link: { ...post.link, finalUrl } })}
        />
      )}
    </div>
  );
}
