"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { SocialPost, SocialPostKind } from "@/lib/assets/schemas/social-post";
import { hashtagLine, postLinkUrl, socialPostLink } from "@/lib/assets/social/compose-post";
import { usePostIdentity } from "./post-identity";
import { hostOf } from "./preview-text";
import { feedCut, handleOf, hashtagRuns } from "./social-post-preview-text";

/** Each network's own words, in `generate.previews.network.<kind>` (caption, byline, "see more"). */
type NetworkText = { caption: string; byline: string; seeMore: string };
function useNetworkText(kind: SocialPostKind): NetworkText {
  const t = useTranslations("generate.previews.network");
  switch (kind) {
    case "linkedin-post":
      return { caption: t("linkedin-post.caption"), byline: t("linkedin-post.byline"), seeMore: t("linkedin-post.seeMore") };
    case "instagram-post":
      return { caption: t("instagram-post.caption"), byline: t("instagram-post.byline"), seeMore: t("instagram-post.seeMore") };
    case "x-post":
      return { caption: t("x-post.caption"), byline: "", seeMore: "" };
  }
}

function Runs({ text }: { text: string }) {
  return (
    <>
      {hashtagRuns(text).map((run, index) =>
        run.hashtag ? (
          <span key={index} className="font-medium text-brand-700">
            {run.text}
          </span>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}

/** The shared link as the network's card shows it: the landing page's host and path (the page supplies title and image). */
function LinkCard({ finalUrl }: { finalUrl: string }) {
  const t = useTranslations("generate.previews");
  const host = hostOf(finalUrl);
  const path = URL.canParse(finalUrl) ? new URL(finalUrl).pathname : "";
  return (
    <div className="mx-3 mb-3 overflow-hidden rounded border border-slate-200" data-testid="post-link-card">
      <div className="flex aspect-[1.91/1] items-center justify-center bg-slate-200 text-xs text-slate-700">{t("linkImage")}</div>
      <div className="bg-slate-50 px-3 py-2">
        <p className="truncate text-xs text-slate-600 uppercase">{host ?? t("siteFallback")}</p>
        <p className="truncate text-xs text-slate-700">{path}</p>
      </div>
    </div>
  );
}

/**
 * A post card as the network's feed shows it: author (avatar initial and name), the text with
 * its hashtags cut where the network shows "see more", the image slot on Instagram and the link
 * card on LinkedIn and X. "See more" opens the rest, as it does in the feed, so the whole post
 * (hashtags last) can be read here too. The tracked URL itself is in the landing page fields below.
 */
export function SocialPostPreview({ post }: { post: SocialPost }) {
  const author = usePostIdentity();
  const t = useTranslations("generate.previews");
  const network = useNetworkText(post.kind);
  const body = [post.text.text.trim(), hashtagLine(post.hashtags)].filter((part) => part !== "").join("\n\n");
  const [expanded, setExpanded] = useState(false);
  const feed = feedCut(post.kind, body);
  const shown = expanded ? body.trimEnd() : feed.shown;
  const link = socialPostLink(post);
  const hasLink = link !== null && postLinkUrl(link) !== null;
  const isInstagram = post.kind === "instagram-post";
  return (
    <figure data-testid="post-preview" className="max-w-md overflow-hidden rounded-md border border-slate-200 bg-white text-sm">
      <figcaption className="px-3 pt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">{network.caption}</figcaption>
      <div className="flex items-center gap-2 px-3 pt-2">
        <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-slate-700 font-semibold text-white">
          {author.charAt(0).toLocaleUpperCase()}
        </span>
        <div className="min-w-0">
          <p className="truncate font-semibold text-slate-900">{author}</p>
          <p className="truncate text-xs text-slate-500">{post.kind === "x-post" ? handleOf(author) : network.byline}</p>
        </div>
      </div>
      {isInstagram ? (
        <div className="mt-2 flex aspect-square items-center justify-center bg-slate-200 text-xs text-slate-700">{t("imagePlaceholder")}</div>
      ) : null}
      <p className="px-3 py-2 whitespace-pre-line text-slate-900">
        {isInstagram ? <span className="font-semibold">{handleOf(author).slice(1)} </span> : null}
        <Runs text={shown} />
        {feed.cut ? (
          <>
            {" "}
            {/* One button that stays put when toggled, so keyboard focus is not lost. */}
            <button type="button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} className="text-slate-600 underline-offset-2 hover:underline focus-visible:underline">
              {expanded ? t("showLess") : network.seeMore}
            </button>
          </>
        ) : null}
      </p>
      {hasLink ? <LinkCard finalUrl={link.finalUrl} /> : null}
    </figure>
  );
}
