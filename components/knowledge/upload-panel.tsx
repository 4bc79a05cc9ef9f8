"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent } from "react";
import { uploadSourceAction } from "@/app/(app)/[workspace]/knowledge/actions";
import { useFormatter, useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Button } from "@/components/ui/button";
import { DEFAULT_METADATA, SourceMetadataFields, type SourceMetadata } from "./source-metadata-fields";

type FileStatus = { name: string; state: "uploading" | "queued" | "error"; message?: string };

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(file);
  });
}

/**
 * Several files at once, by drag and drop or the file picker. Each file is sent on its own, so
 * one bad file is reported alone and the others still go in. The page never waits for
 * ingestion: a file is "queued" as soon as the server has it.
 */
export function UploadPanel({
  workspaceId,
  maxBytes,
  sourceId,
  initialMetadata,
}: {
  workspaceId: string;
  maxBytes: number;
  /** A new version of this source: the form starts from its current kind and classification. */
  sourceId?: string;
  initialMetadata?: SourceMetadata;
}) {
  const router = useRouter();
  const t = useTranslations("knowledge.upload");
  const tKnowledge = useTranslations("knowledge");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const megabytes = (bytes: number, digits: number) => format.number(bytes / 1024 / 1024, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const inputRef = useRef<HTMLInputElement>(null);
  const [metadata, setMetadata] = useState<SourceMetadata>(initialMetadata ?? DEFAULT_METADATA);
  const [statuses, setStatuses] = useState<FileStatus[]>([]);
  const [isDragging, setIsDragging] = useState(false);

  async function uploadFiles(files: File[]) {
    setStatuses(files.map((file) => ({ name: file.name, state: "uploading" })));
    const update = (name: string, status: Partial<FileStatus>) =>
      setStatuses((current) => current.map((s) => (s.name === name ? { ...s, ...status } : s)));
    for (const file of files) {
      if (file.size > maxBytes) {
        update(file.name, { state: "error", message: t("tooLarge", { name: file.name, size: megabytes(file.size, 1), max: megabytes(maxBytes, 1) }) });
        continue;
      }
      try {
        const result = await uploadSourceAction({
          workspaceId,
          sourceId,
          file: { fileName: file.name, dataBase64: await readAsBase64(file) },
          kind: metadata.kind as never,
          classification: metadata.classification as never,
          language: metadata.language as never,
          canonicalUrl: metadata.canonicalUrl,
        });
        const error = result ? errorText(result) : t("noAnswer");
        // The role it got (guessed or chosen), so a wrong guess is seen and changed in the list.
        const role = result?.data?.role;
        update(file.name, error ? { state: "error", message: error } : { state: "queued", message: role ? t("queuedAs", { role: tKnowledge(`roles.${role}`) }) : t("queued") });
      } catch (error) {
        update(file.name, { state: "error", message: error instanceof Error ? t("sendFailed", { name: file.name, reason: error.message }) : t("connectionFailed", { name: file.name }) });
      }
    }
    router.refresh();
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void uploadFiles(files);
  }

  return (
    <section aria-labelledby="upload-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="upload-heading" className="text-lg font-medium">
        {sourceId ? t("newVersion") : t("heading")}
      </h2>
      <SourceMetadataFields idPrefix="upload" value={metadata} onChange={setMetadata} />
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
        className={`rounded-md border-2 border-dashed p-6 text-center ${isDragging ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}
      >
        <p className="text-sm text-slate-700">{t("dropHint", { max: megabytes(maxBytes, 0) })}</p>
        <input
          ref={inputRef}
          id="upload-files"
          type="file"
          multiple={!sourceId}
          accept=".md,.markdown,.txt,.text,.html,.htm,.pdf"
          className="sr-only"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            if (files.length > 0) void uploadFiles(files);
          }}
        />
        <Button type="button" variant="secondary" className="mt-2" onClick={() => inputRef.current?.click()}>
          {t("choose")}
        </Button>
        <label htmlFor="upload-files" className="sr-only">
          {t("filesLabel")}
        </label>
      </div>
      {statuses.length > 0 ? (
        <ul aria-live="polite" className="space-y-1 text-sm" data-testid="upload-statuses">
          {statuses.map((status) => (
            <li key={status.name} className={status.state === "error" ? "text-red-700" : "text-slate-700"}>
              {/* A refusal names the file itself (it is the same sentence the server wrote). */}
              {status.state === "error" ? (
                status.message
              ) : (
                <>
                  <span className="font-medium">{status.name}</span>: {status.state === "uploading" ? t("uploading") : status.message}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
