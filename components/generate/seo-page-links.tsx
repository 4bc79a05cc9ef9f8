"use client";

import { useTranslations } from "next-intl";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { replaceAt } from "./asset-draft";
import { FieldGroup } from "./field-group";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

type InternalLink = SeoPage["internalLinks"][number];

/** Internal links (only to pages the knowledge base knows): the SEO page's and the article's. */
export function InternalLinksFields({ links, onChange }: { links: readonly InternalLink[]; onChange(links: InternalLink[]): void }) {
  const t = useTranslations("generate.fields");
  return (
    <FieldGroup legend={t("internalLinks")} empty={links.length === 0 && t("noInternalLinks")}>
      <ol className="space-y-4">
        {links.map((link, index) => (
          <li key={index} className="grid gap-2 sm:grid-cols-2">
            <TextFieldEditor
              path={itemPath("internalLinks", index, "anchorText")}
              label={t("linkText", { number: index + 1 })}
              issuePaths={[`internalLinks[${index}].anchorText`, `internalLinks[${index}].citations`]}
              value={link.anchorText}
              citations={link.citations}
              onChange={(anchorText) => onChange(replaceAt(links, index, { ...link, anchorText }))}
            />
            <TextFieldEditor
              path={itemPath("internalLinks", index, "url")}
              label={t("linkUrl", { number: index + 1 })}
              type="url"
              value={link.url}
              onChange={(url) => onChange(replaceAt(links, index, { ...link, url }))}
            />
          </li>
        ))}
      </ol>
    </FieldGroup>
  );
}

/** Internal links and the hreflang alternates of an SEO page. */
export function SeoPageLinks({ page, onChange }: { page: SeoPage; onChange(page: SeoPage): void }) {
  const t = useTranslations("generate.fields");
  return (
    <>
      <InternalLinksFields links={page.internalLinks} onChange={(internalLinks) => onChange({ ...page, internalLinks })} />
      <FieldGroup legend={t("hreflang")} empty={page.hreflang.length === 0 && t("noHreflang")}>
        <ul className="space-y-4">
          {page.hreflang.map((entry, index) => (
            <li key={index} className="grid gap-2 sm:grid-cols-[10rem_1fr]">
              <TextFieldEditor
                path={itemPath("hreflang", index, "language")}
                label={t("alternateLanguage", { number: index + 1 })}
                value={entry.language}
                onChange={(language) => onChange({ ...page, hreflang: replaceAt(page.hreflang, index, { ...entry, language }) })}
              />
              <TextFieldEditor
                path={itemPath("hreflang", index, "url")}
                label={t("alternateUrl", { number: index + 1 })}
                type="url"
                value={entry.url}
                onChange={(url) => onChange({ ...page, hreflang: replaceAt(page.hreflang, index, { ...entry, url }) })}
              />
            </li>
          ))}
        </ul>
      </FieldGroup>
    </>
  );
}
