"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { importFeedAction, previewFeedAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { feedFileProblem } from "@/lib/knowledge/feeds/feed-file-problem";
import { CLASSIFICATIONS } from "./labels";
import { FeedAttributeMapping, type AttributeMapping } from "./feed-attribute-mapping";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

// Product fields a column can map to; their labels are `knowledge.feed.fields.<field>` ("*" marks the required ones).
const FEED_FIELDS = ["id", "name", "description", "category", "price", "currency", "url", "image"] as const;

type Mapping = Record<string, string | string[] | Record<string, string> | undefined>;

/**
 * CSV/TSV product feed: choose a file, check the suggested column mapping and a preview of the
 * first products and every bad row (with its line number), then import. Rows with errors are
 * skipped and listed; the rest are imported.
 */
export function FeedImport({ workspaceId, maxBytes }: { workspaceId: string; maxBytes: number }) {
  const router = useRouter();
  const t = useTranslations("knowledge.feed");
  const tKnowledge = useTranslations("knowledge");
  const tProblem = useTranslations("knowledge.feedFileProblems");
  const errorText = useActionErrorText();
  const [text, setText] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [feedName, setFeedName] = useState("");
  const [classification, setClassification] = useState("public");
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const preview = useAction(previewFeedAction, { onSuccess: ({ data }) => setMapping(data.mapping as Mapping) });
  const importer = useAction(importFeedAction, { onSuccess: () => router.refresh() });
  const data = preview.result.data;

  async function chooseFile(file: File | undefined) {
    setFileError(null);
    setMapping(null);
    preview.reset();
    importer.reset();
    if (!file) return;
    // Empty, binary, too large or unreadable files are refused here, naming the file, before anything is sent.
    const content = file.size > maxBytes ? "" : await file.text();
    const problem = feedFileProblem({ fileName: file.name, text: content, sizeBytes: file.size, maxBytes });
    if (problem) {
      setFileError(tProblem(problem.key, problem.values as never));
      setText(null);
      return;
    }
    setText(content);
    if (!feedName) setFeedName(file.name.replace(/\.(csv|tsv|txt)$/i, ""));
    // With the feed's name, a re-import starts from that feed's saved mapping and attribute types.
    const name = feedName || file.name.replace(/\.(csv|tsv|txt)$/i, "");
    preview.execute({ workspaceId, text: content, feedName: name, fileName: file.name });
  }

  const previewError = errorText(preview.result);
  const importError = errorText(importer.result);
  const imported = importer.result.data;

  return (
    <section aria-labelledby="feed-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="feed-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="feed-file" label={t("file")}>
          <input
            id="feed-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            className="mt-1 block w-full text-sm"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </Field>
        <Field id="feed-name" label={t("name")}>
          <TextInput id="feed-name" value={feedName} onChange={(e) => setFeedName(e.target.value)} />
        </Field>
        <Field id="feed-classification" label={t("classification")}>
          <Select id="feed-classification" value={classification} onChange={(e) => setClassification(e.target.value)}>
            {CLASSIFICATIONS.map((key) => (
              <option key={key} value={key}>
                {tKnowledge(`classifications.${key}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {fileError ? <Alert tone="error">{fileError}</Alert> : null}
      {previewError ? <Alert tone="error">{previewError}</Alert> : null}

      {data && mapping ? (
        <div className="space-y-3" data-testid="feed-preview">
          <p className="text-sm text-slate-700">
            {data.suggestedPreset
              ? t("summaryWithPreset", { rows: data.rowCount, valid: data.validCount, preset: data.suggestedPreset })
              : t("summary", { rows: data.rowCount, valid: data.validCount })}{" "}
            {t("skippedHint")}
          </p>
          <fieldset className="grid gap-3 sm:grid-cols-4">
            <legend className="mb-1 text-sm font-medium">{t("mapping")}</legend>
            {FEED_FIELDS.map((field) => (
              <Field key={field} id={`map-${field}`} label={t(`fields.${field}`)}>
                <Select
                  id={`map-${field}`}
                  value={(mapping[field] as string | undefined) ?? ""}
                  onChange={(e) => {
                    const next = { ...mapping, [field]: e.target.value || undefined };
                    setMapping(next);
                    if (text) preview.execute({ workspaceId, text, mapping: next as never });
                  }}
                >
                  <option value="">{t("notMapped")}</option>
                  {data.headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </fieldset>
          <FeedAttributeMapping
            columns={[...((mapping.attributes as string[] | undefined) ?? []), ...data.unmappedColumns]}
            mapping={mapping as AttributeMapping}
            onChange={(attributes) => {
              const next = { ...mapping, ...attributes };
              setMapping(next);
              if (text) preview.execute({ workspaceId, text, mapping: next as never });
            }}
          />
          {data.isSavedMapping ? <p className="text-sm text-slate-600">{t("savedMapping")}</p> : null}
          <div className="overflow-x-auto">
            <Table caption={t("preview", { count: data.products.length })} captionClassName="text-left text-sm font-medium" density="compact">
              <TableHead>
                  <HeaderCell>{t("columns.line")}</HeaderCell>
                  <HeaderCell>{t("columns.id")}</HeaderCell>
                  <HeaderCell>{t("columns.name")}</HeaderCell>
                  <HeaderCell>{t("columns.category")}</HeaderCell>
                  <HeaderCell>{t("columns.price")}</HeaderCell>
                  <HeaderCell>{t("columns.attributes")}</HeaderCell>
              </TableHead>
              <TableBody>
                {data.products.map((product) => (
                  <TableRow key={product.externalId}>
                    <TableCell>{product.line}</TableCell>
                    <TableCell className="font-mono text-xs">{product.externalId}</TableCell>
                    <TableCell>{product.name}</TableCell>
                    <TableCell>{product.category ?? "—"}</TableCell>
                    <TableCell>{product.price !== null ? `${product.price} ${product.currency ?? ""}` : "—"}</TableCell>
                    <TableCell className="text-xs">
                      {Object.entries(product.attributes)
                        .map(([label, value]) => `${label}: ${value}`)
                        .join("; ") || "—"}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {data.errorCount > 0 ? (
            <div role="region" aria-label={t("skippedRegion")} className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              <p className="font-medium">{t("skippedCount", { count: data.errorCount })}</p>
              <ul className="mt-1 list-disc pl-5" data-testid="feed-errors">
                {data.errors.map((error) => (
                  <li key={`${error.line}-${error.message}`}>
                    {t("lineError", { line: error.line, message: error.message })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Button
            disabled={importer.isPending || data.validCount === 0}
            onClick={() =>
              text &&
              importer.execute({ workspaceId, feedName, text, mapping: mapping as never, classification: classification as never, language: "auto" as never })
            }
          >
            {importer.isPending ? t("importing") : t("import", { count: data.validCount })}
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {importError ? <Alert tone="error">{importError}</Alert> : null}
        {imported ? (
          <Alert tone="success">
            {t("imported", { created: imported.created, updated: imported.updated, unchanged: imported.unchanged, retired: imported.retired, skipped: imported.skippedCount })}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
