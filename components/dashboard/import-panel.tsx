"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { finishKpiImportAction, previewKpiImportAction, startKpiImportAction, uploadKpiChunkAction } from "@/app/(app)/[workspace]/dashboard/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CustomMappingInput } from "@/lib/kpi/import/custom-mapping";
import { PRESETS } from "@/lib/kpi/import/presets";
import { MAX_IMPORT_BYTES, UPLOAD_CHUNK_BYTES } from "@/lib/kpi/uploads/limits";
import { PREVIEW_SAMPLE_BYTES } from "@/lib/kpi/uploads/preview-upload";
import { formatByteSize } from "./byte-size";
import { CustomMappingFields } from "./custom-mapping-fields";
import { readSliceAsBase64, uploadInChunks } from "./upload-in-chunks";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

type Preview = { headers: string[]; presetId: string | null; headerLine: number; delimiter: string; sampleRows: string[][] };
type Phase = { kind: "idle" } | { kind: "previewing" } | { kind: "ready" } | { kind: "uploading"; sent: number } | { kind: "queued" } | { kind: "error"; message: string };

const EMPTY_CUSTOM: CustomMappingInput = { channel: "custom", columns: { date: "", campaign: "", impressions: "", clicks: "", cost: "" } };
const REQUIRED_CUSTOM = ["date", "campaign", "impressions", "clicks", "cost"] as const;
const DELIMITER_KEYS: Record<string, "comma" | "semicolon" | "tab"> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/**
 * Import of a Google Ads / Meta Ads report (or any CSV through a custom mapping): preview of the
 * first 64 KB, then an upload in 4 MB parts with a progress bar; parsing runs in the background
 * and its progress shows in the import list below.
 */
export function ImportPanel({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("dashboard.importPanel");
  const format = useFormatter();
  const errorText = useActionErrorText();
  const bytes = (size: number) => formatByteSize(format, size);
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [choice, setChoice] = useState<string>("auto");
  const [custom, setCustom] = useState<CustomMappingInput>(EMPTY_CUSTOM);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });

  async function choose(next: File) {
    setFile(next);
    setPreview(null);
    if (next.size > MAX_IMPORT_BYTES) {
      setPhase({ kind: "error", message: t("tooLarge", { name: next.name, size: bytes(next.size), max: bytes(MAX_IMPORT_BYTES) }) });
      return;
    }
    setPhase({ kind: "previewing" });
    const result = await previewKpiImportAction({ workspaceId, fileName: next.name, byteSize: next.size, sampleBase64: await readSliceAsBase64(next.slice(0, PREVIEW_SAMPLE_BYTES)) });
    const error = result ? errorText(result) : t("noAnswer");
    if (error || !result?.data) {
      setPhase({ kind: "error", message: error ?? t("unreadable") });
      return;
    }
    setPreview(result.data);
    setChoice(result.data.presetId ? "auto" : "custom");
    setPhase({ kind: "ready" });
  }

  function mapping(): Parameters<typeof startKpiImportAction>[0]["mapping"] {
    if (choice === "auto") return { kind: "auto" };
    if (choice === "custom") return { kind: "custom", mapping: custom };
    return { kind: "preset", presetId: choice };
  }

  async function startImport() {
    if (!file) return;
    const unmapped = choice === "custom" ? REQUIRED_CUSTOM.filter((field) => !custom.columns[field]) : [];
    if (unmapped.length > 0) {
      setPhase({ kind: "error", message: t("unmapped", { name: file.name, fields: format.list(unmapped.map((field) => t(`requiredField.${field}`))) }) });
      return;
    }
    setPhase({ kind: "uploading", sent: 0 });
    const headBase64 = await readSliceAsBase64(file.slice(0, PREVIEW_SAMPLE_BYTES));
    const started = await startKpiImportAction({ workspaceId, fileName: file.name, byteSize: file.size, mapping: mapping(), headBase64 });
    const startError = started ? errorText(started) : t("noAnswer");
    if (startError || !started?.data) {
      setPhase({ kind: "error", message: startError ?? t("notStarted") });
      return;
    }
    const importId = started.data.importId;
    const sent = await uploadInChunks({
      file,
      chunkBytes: UPLOAD_CHUNK_BYTES,
      onProgress: (bytes) => setPhase({ kind: "uploading", sent: bytes }),
      send: async (seq, dataBase64) => {
        const answer = await uploadKpiChunkAction({ workspaceId, importId, seq, dataBase64 });
        const message = answer ? errorText(answer) : t("noAnswer");
        return message ? { ok: false, message } : { ok: true };
      },
    });
    if (!sent.ok) {
      setPhase({ kind: "error", message: t("uploadStopped", { reason: sent.message ?? t("interrupted") }) });
      return;
    }
    const finished = await finishKpiImportAction({ workspaceId, importId });
    const finishError = finished ? errorText(finished) : t("noAnswer");
    if (finishError) {
      setPhase({ kind: "error", message: finishError });
      return;
    }
    setPhase({ kind: "queued" });
    setFile(null);
    setPreview(null);
    router.refresh();
  }

  const busy = phase.kind === "previewing" || phase.kind === "uploading";
  const detected = preview?.presetId ? PRESETS.find((p) => p.id === preview.presetId) : null;
  return (
    <section aria-labelledby="import-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="import-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600">
        {t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={inputRef}
          id="kpi-import-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          className="sr-only"
          onChange={(event) => {
            const next = event.target.files?.[0];
            event.target.value = "";
            if (next) void choose(next);
          }}
        />
        <label htmlFor="kpi-import-file" className="sr-only">
          {t("fileLabel")}
        </label>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => inputRef.current?.click()}>
          {t("chooseFile")}
        </Button>
        {file ? (
          <span className="text-sm text-slate-700">
            {t("fileWithSize", { name: file.name, size: bytes(file.size) })}
          </span>
        ) : null}
      </div>
      {phase.kind === "previewing" ? <p className="text-sm text-slate-600">{t("readingHeader")}</p> : null}
      {preview && file && phase.kind !== "previewing" && phase.kind !== "queued" ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700" data-testid="import-detected">
            {t("detected", {
              preset: detected ? detected.label : "",
              recognised: detected ? "yes" : "no",
              line: preview.headerLine,
              delimiter: DELIMITER_KEYS[preview.delimiter] ? t(`delimiter.${DELIMITER_KEYS[preview.delimiter]!}`) : preview.delimiter,
              columns: preview.headers.length,
            })}
          </p>
          <label className="block text-sm">
            {t("mappingLabel")}
            <select className="ml-2 min-h-9 rounded-md border border-slate-300 bg-white px-2" value={choice} onChange={(event) => setChoice(event.target.value)} disabled={busy}>
              <option value="auto">{t("detect")}</option>
              {PRESETS.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.label}
                </option>
              ))}
              <option value="custom">{t("customMapping")}</option>
            </select>
          </label>
          {choice === "custom" ? <CustomMappingFields headers={preview.headers} value={custom} onChange={setCustom} /> : null}
          {preview.sampleRows.length > 0 ? (
            <div className="max-w-full overflow-x-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label={t("sampleRegion")}>
              <Table caption={t("sampleCaption")} captionClassName="px-2 py-1 text-left text-slate-600" density="compact" className="text-left text-xs">
                <TableHead className="bg-slate-50">
                    {preview.headers.map((header, index) => (
                      <HeaderCell key={`${header}-${index}`} className="whitespace-nowrap">
                        {header}
                      </HeaderCell>
                    ))}
                </TableHead>
                <TableBody>
                  {preview.sampleRows.map((row, rowIndex) => (
                    <TableRow key={rowIndex}>
                      {row.map((cell, cellIndex) => (
                        <TableCell key={cellIndex} className="whitespace-nowrap">
                          {cell}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          ) : null}
          <Button type="button" onClick={() => void startImport()} disabled={busy}>
            {t("import")}
          </Button>
        </div>
      ) : null}
      {phase.kind === "uploading" && file ? (
        <div className="space-y-1" aria-live="polite">
          <progress className="h-2 w-full" max={file.size} value={phase.sent} aria-label={t("uploadProgress")} />
          <p className="text-sm text-slate-600">
            {t("uploading", { sent: bytes(phase.sent), total: bytes(file.size) })}
          </p>
        </div>
      ) : null}
      {phase.kind === "queued" ? <Alert tone="success">{t("queued")}</Alert> : null}
      {phase.kind === "error" ? <Alert tone="error">{phase.message}</Alert> : null}
    </section>
  );
}
