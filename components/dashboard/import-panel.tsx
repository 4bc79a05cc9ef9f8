"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { finishKpiImportAction, previewKpiImportAction, startKpiImportAction, uploadKpiChunkAction } from "@/app/(app)/[workspace]/dashboard/actions";
import { describeActionError } from "@/components/ui/action-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CustomMappingInput } from "@/lib/kpi/import/custom-mapping";
import { PRESETS } from "@/lib/kpi/import/presets";
import { formatBytes, MAX_IMPORT_BYTES, UPLOAD_CHUNK_BYTES } from "@/lib/kpi/uploads/limits";
import { PREVIEW_SAMPLE_BYTES } from "@/lib/kpi/uploads/preview-upload";
import { CustomMappingFields } from "./custom-mapping-fields";
import { readSliceAsBase64, uploadInChunks } from "./upload-in-chunks";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

type Preview = { headers: string[]; presetId: string | null; headerLine: number; delimiter: string; sampleRows: string[][] };
type Phase = { kind: "idle" } | { kind: "previewing" } | { kind: "ready" } | { kind: "uploading"; sent: number } | { kind: "queued" } | { kind: "error"; message: string };

const EMPTY_CUSTOM: CustomMappingInput = { channel: "custom", columns: { date: "", campaign: "", impressions: "", clicks: "", cost: "" } };
const REQUIRED_CUSTOM = [
  { key: "date", label: "date" },
  { key: "campaign", label: "campaign" },
  { key: "impressions", label: "impressions" },
  { key: "clicks", label: "clicks" },
  { key: "cost", label: "cost" },
] as const;
const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/**
 * Import of a Google Ads / Meta Ads report (or any CSV through a custom mapping): preview of the
 * first 64 KB, then an upload in 4 MB parts with a progress bar; parsing runs in the background
 * and its progress shows in the import list below.
 */
export function ImportPanel({ workspaceId }: { workspaceId: string }) {
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
      setPhase({ kind: "error", message: `"${next.name}" is ${formatBytes(next.size)}; a report may be at most ${formatBytes(MAX_IMPORT_BYTES)}. Export a shorter date range and import the parts one after another.` });
      return;
    }
    setPhase({ kind: "previewing" });
    const result = await previewKpiImportAction({ workspaceId, fileName: next.name, byteSize: next.size, sampleBase64: await readSliceAsBase64(next.slice(0, PREVIEW_SAMPLE_BYTES)) });
    const error = result ? describeActionError(result) : "No answer from the server.";
    if (error || !result?.data) {
      setPhase({ kind: "error", message: error ?? "The file could not be read." });
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
    const unmapped = choice === "custom" ? REQUIRED_CUSTOM.filter((field) => !custom.columns[field.key]) : [];
    if (unmapped.length > 0) {
      setPhase({ kind: "error", message: `Choose a column of "${file.name}" for ${unmapped.map((field) => field.label).join(", ")}: an import needs them.` });
      return;
    }
    setPhase({ kind: "uploading", sent: 0 });
    const headBase64 = await readSliceAsBase64(file.slice(0, PREVIEW_SAMPLE_BYTES));
    const started = await startKpiImportAction({ workspaceId, fileName: file.name, byteSize: file.size, mapping: mapping(), headBase64 });
    const startError = started ? describeActionError(started) : "No answer from the server.";
    if (startError || !started?.data) {
      setPhase({ kind: "error", message: startError ?? "The import could not start." });
      return;
    }
    const importId = started.data.importId;
    const sent = await uploadInChunks({
      file,
      chunkBytes: UPLOAD_CHUNK_BYTES,
      onProgress: (bytes) => setPhase({ kind: "uploading", sent: bytes }),
      send: async (seq, dataBase64) => {
        const answer = await uploadKpiChunkAction({ workspaceId, importId, seq, dataBase64 });
        const message = answer ? describeActionError(answer) : "No answer from the server.";
        return message ? { ok: false, message } : { ok: true };
      },
    });
    if (!sent.ok) {
      setPhase({ kind: "error", message: `The upload stopped: ${sent.message}` });
      return;
    }
    const finished = await finishKpiImportAction({ workspaceId, importId });
    const finishError = finished ? describeActionError(finished) : "No answer from the server.";
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
        Import campaign performance
      </h2>
      <p className="text-sm text-slate-600">
        CSV or TSV exports of Google Ads (English or German) and Meta Ads are recognised by their header row; other tools need a custom
        mapping. Rows are stored per ad and day: importing the same rows again updates them. <strong>Bad rows</strong> are listed with their
        line numbers and left out; the rest of the file is imported in one step. If more than 10 % of the rows are bad, nothing is imported
        (that points to a wrong mapping rather than a few broken lines).
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
          Report file
        </label>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => inputRef.current?.click()}>
          Choose report file
        </Button>
        {file ? (
          <span className="text-sm text-slate-700">
            {file.name} ({formatBytes(file.size)})
          </span>
        ) : null}
      </div>
      {phase.kind === "previewing" ? <p className="text-sm text-slate-600">Reading the header…</p> : null}
      {preview && file && phase.kind !== "previewing" && phase.kind !== "queued" ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700" data-testid="import-detected">
            {detected ? `Recognised: ${detected.label}` : "No preset matches this header"} — header on line {preview.headerLine}, {DELIMITER_NAMES[preview.delimiter] ?? preview.delimiter}-separated,{" "}
            {preview.headers.length} columns.
          </p>
          <label className="block text-sm">
            Column mapping
            <select className="ml-2 min-h-9 rounded-md border border-slate-300 bg-white px-2" value={choice} onChange={(event) => setChoice(event.target.value)} disabled={busy}>
              <option value="auto">Detect from the header</option>
              {PRESETS.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {preset.label}
                </option>
              ))}
              <option value="custom">Custom mapping</option>
            </select>
          </label>
          {choice === "custom" ? <CustomMappingFields headers={preview.headers} value={custom} onChange={setCustom} /> : null}
          {preview.sampleRows.length > 0 ? (
            <div className="max-w-full overflow-x-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label="First rows as read (scrolls sideways)">
              <Table caption="First rows as read" captionClassName="px-2 py-1 text-left text-slate-600" density="compact" className="text-left text-xs">
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
            Import
          </Button>
        </div>
      ) : null}
      {phase.kind === "uploading" && file ? (
        <div className="space-y-1" aria-live="polite">
          <progress className="h-2 w-full" max={file.size} value={phase.sent} aria-label="Upload progress" />
          <p className="text-sm text-slate-600">
            Uploading {formatBytes(phase.sent)} of {formatBytes(file.size)}…
          </p>
        </div>
      ) : null}
      {phase.kind === "queued" ? <Alert tone="success">Uploaded. The import runs in the background; its progress shows below.</Alert> : null}
      {phase.kind === "error" ? <Alert tone="error">{phase.message}</Alert> : null}
    </section>
  );
}
