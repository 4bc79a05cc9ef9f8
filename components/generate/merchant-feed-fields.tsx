"use client";

import { useTranslations } from "next-intl";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import { replaceAt } from "./asset-draft";
import { useFieldContext } from "./field-context";
import { FIELD_LIMITS } from "./field-limits";
import { FieldGroup } from "./field-group";
import { IssueMessages } from "./field-status";
import { citedPaths, issuesAt } from "./issue-paths";
import { ShoppingCardPreview } from "./shopping-card-preview";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

/**
 * The feed row's key is shown, not edited: it is the product's id in the shop's feed, and a typo
 * would make the supplemental feed change another product (or none).
 */
function ProductIdLine({ productId }: { productId: string }) {
  const { idPrefix, issues, streaming } = useFieldContext();
  const t = useTranslations("generate.fields");
  const idIssues = streaming ? [] : issuesAt(issues, ["productId"]);
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">{t("feedProductId")}</p>
      <p className="mt-1 font-mono text-xs text-slate-700" data-testid="feed-product-id">
        {productId || (streaming ? t("notWritten") : "—")}
      </p>
      <IssueMessages id={`${idPrefix}-productId-issues`} issues={idIssues} />
    </div>
  );
}

/** Issues about the list as a whole (too many, too few); each highlight's own issues sit at its field. */
function HighlightCountIssues() {
  const { idPrefix, issues, streaming } = useFieldContext();
  return <IssueMessages id={`${idPrefix}-highlights-issues`} issues={streaming ? [] : issues.filter((issue) => issue.path === "highlights")} />;
}

export function MerchantFeedFields({ feed, onChange }: { feed: MerchantFeed; onChange(feed: MerchantFeed): void }) {
  const t = useTranslations("generate.fields");
  return (
    <div className="space-y-4">
      <ShoppingCardPreview feed={feed} />
      <ProductIdLine productId={feed.productId} />
      <TextFieldEditor
        path="title.text"
        label={t("title")}
        issuePaths={citedPaths("title")}
        limit={FIELD_LIMITS.merchantTitle}
        value={feed.title.text}
        citations={feed.title.citations}
        onChange={(text) => onChange({ ...feed, title: { ...feed.title, text } })}
      />
      <TextFieldEditor
        path="description.text"
        label={t("description")}
        issuePaths={citedPaths("description")}
        limit={FIELD_LIMITS.merchantDescription}
        value={feed.description.text}
        citations={feed.description.citations}
        multiline
        rows={8}
        onChange={(text) => onChange({ ...feed, description: { ...feed.description, text } })}
      />
      <FieldGroup legend={t("highlights", { count: feed.highlights.length })} empty={feed.highlights.length === 0 && t("noHighlights")}>
        <ol className="space-y-4">
          {feed.highlights.map((highlight, index) => (
            <li key={index}>
              <TextFieldEditor
                path={itemPath("highlights", index, "text")}
                label={t("highlightNumber", { number: index + 1 })}
                issuePaths={citedPaths(`highlights[${index}]`)}
                limit={FIELD_LIMITS.merchantHighlight}
                value={highlight.text}
                citations={highlight.citations}
                onChange={(text) => onChange({ ...feed, highlights: replaceAt(feed.highlights, index, { ...highlight, text }) })}
              />
            </li>
          ))}
        </ol>
      </FieldGroup>
      <HighlightCountIssues />
    </div>
  );
}
