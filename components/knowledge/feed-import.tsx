"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { importFeedAction, previewFeedAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { describeFeedFileProblem } from "@/lib/knowledge/feeds/feed-file-problem";
import { CLASSIFICATION_LABELS } from "./labels";
import { FeedAttributeMapping, type AttributeMapping } from "./feed-attribute-mapping";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

const FIELD_LABELS: Record<string, string> = {
  id: "Product id *",
  name: "Name *",
  description: "Description",
  category: "Category",
  price: "Price",
  currency: "Currency",
  url: "URL",
  image: "Image",
};

type Mapping = Record<string, string | string[] | Record<string, string> | undefined>;

/**
 * CSV/TSV product feed: choose a file, check the suggested column mapping and a preview of the
 * first products and every bad row (with its line number), then import. Rows with errors are
 * skipped and listed; the rest are imported.
 */
export function FeedImport({ workspaceId, maxBytes }: { workspaceId: string; maxBytes: number }) {
  const router = useRouter();
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
    const problem = describeFeedFileProblem({ fileName: file.name, text: content, sizeBytes: file.size, maxBytes });
    if (problem) {
      setFileError(problem);
      setText(null);
      return;
    }
    setText(content);
    if (!feedName) setFeedName(file.name.replace(/\.(csv|tsv|txt)$/i, ""));
    // With the feed's name, a re-import starts from that feed's saved mapping and attribute types.
    const name = feedName || file.name.replace(/\.(csv|tsv|txt)$/i, "");
    preview.execute({ workspaceId, text: content, feedName: name, fileName: file.name });
  }

  const previewError = describeActionError(preview.result);
  const importError = describeActionError(importer.result);
  const imported = importer.result.data;

  return (
    <section aria-labelledby="feed-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="feed-heading" className="text-lg font-medium">
        Import a product feed (CSV or TSV)
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="feed-file" label="Feed file">
          <input
            id="feed-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            className="mt-1 block w-full text-sm"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
        </Field>
        <Field id="feed-name" label="Feed name (re-import the same name to update)">
          <TextInput id="feed-name" value={feedName} onChange={(e) => setFeedName(e.target.value)} />
        </Field>
        <Field id="feed-classification" label="Classification">
          <Select id="feed-classification" value={classification} onChange={(e) => setClassification(e.target.value)}>
            {Object.entries(CLASSIFICATION_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
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
            {data.rowCount} rows, {data.validCount} valid{data.suggestedPreset ? `; columns look like a ${data.suggestedPreset} export` : ""}.
            Rows with errors are skipped and listed below; the others are imported.
          </p>
          <fieldset className="grid gap-3 sm:grid-cols-4">
            <legend className="mb-1 text-sm font-medium">Column mapping</legend>
            {Object.entries(FIELD_LABELS).map(([field, label]) => (
              <Field key={field} id={`map-${field}`} label={label}>
                <Select
                  id={`map-${field}`}
                  value={(mapping[field] as string | undefined) ?? ""}
                  onChange={(e) => {
                    const next = { ...mapping, [field]: e.target.value || undefined };
                    setMapping(next);
                    if (text) preview.execute({ workspaceId, text, mapping: next as never });
                  }}
                >
                  <option value="">(not mapped)</option>
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
          {data.isSavedMapping ? <p className="text-sm text-slate-600">Using the mapping of this feed&apos;s last import.</p> : null}
          <div className="overflow-x-auto">
            <Table caption={<>Preview (first {data.products.length})</>} captionClassName="text-left text-sm font-medium" density="compact">
              <TableHead>
                  <HeaderCell>Line</HeaderCell>
                  <HeaderCell>Id</HeaderCell>
                  <HeaderCell>Name</HeaderCell>
                  <HeaderCell>Category</HeaderCell>
                  <HeaderCell>Price</HeaderCell>
                  <HeaderCell>Attributes</HeaderCell>
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
            <div role="region" aria-label="Rows that will be skipped" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
              <p className="font-medium">{data.errorCount} rows will be skipped:</p>
              <ul className="mt-1 list-disc pl-5" data-testid="feed-errors">
                {data.errors.map((error) => (
                  <li key={`${error.line}-${error.message}`}>
                    Line {error.line}: {error.message}
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
            {importer.isPending ? "Importing…" : `Import ${data.validCount} products`}
          </Button>
        </div>
      ) : null}
      <div aria-live="polite">
        {importError ? <Alert tone="error">{importError}</Alert> : null}
        {imported ? (
          <Alert tone="success">
            Imported: {imported.created} new, {imported.updated} updated, {imported.unchanged} unchanged, {imported.retired} retired
            {imported.skippedCount > 0 ? `; ${imported.skippedCount} rows skipped` : ""}. Ingestion runs in the background.
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
