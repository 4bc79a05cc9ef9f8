"use server";

import { z } from "zod";
import { defineAction, workspaceScopedInput } from "@/lib/authz/define-action";
import { AppError } from "@/lib/errors";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";
import { mappingChoiceSchema } from "@/lib/kpi/import/mapping-choice";
import { MAX_IMPORT_BYTES, UPLOAD_CHUNK_BYTES } from "@/lib/kpi/uploads/limits";
import { PREVIEW_SAMPLE_BYTES, previewUpload } from "@/lib/kpi/uploads/preview-upload";
import { reportFileProblem, reportHeaderProblem } from "@/lib/kpi/uploads/report-file-problem";
import { appendChunk, finishUpload, startUpload } from "@/lib/kpi/uploads/upload";

const base64 = (maxBytes: number) =>
  z
    .string()
    .min(1, "validation.dashboard.dataEmpty")
    .max(Math.ceil(maxBytes / 3) * 4, `At most ${maxBytes} bytes per request`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "validation.dashboard.dataNotValidBase64");

const importIdSchema = z.string().min(1).max(64);

const fileNameSchema = z.string().trim().min(1, "validation.dashboard.fileHasNoName").max(255, "validation.dashboard.fileNameLongerThan");

/**
 * Reads the first 64 KB of a report so the dialog can show the detected preset or offer a mapping. An empty, binary
 * or unreadable file is refused here, naming the file, before anything is uploaded. The sample may be empty (an
 * empty file); its size is checked by reportFileProblem.
 */
export const previewKpiImportAction = defineAction({
  name: "kpi.preview_import",
  permission: "kpi:import",
  mutates: false,
  input: workspaceScopedInput.extend({
    fileName: fileNameSchema,
    byteSize: z.number().int().min(0),
    sampleBase64: z.string().max(Math.ceil(PREVIEW_SAMPLE_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, "validation.dashboard.dataNotValidBase64"),
  }),
  async handler({ input }) {
    const head = new Uint8Array(Buffer.from(input.sampleBase64, "base64"));
    const problem = await reportFileProblem({ fileName: input.fileName, head, sizeBytes: input.byteSize, maxBytes: MAX_IMPORT_BYTES });
    if (problem) throw new AppError("invalid_input", problem);
    const preview = await previewUpload(head);
    // Only a format no mapping can read is refused here; an unknown header still gets the custom mapping.
    const unreadable = preview.headers.filter((header) => header !== "").length <= 1 ? reportHeaderProblem({ fileName: input.fileName, preview, mapping: "auto" }) : null;
    if (unreadable) throw new AppError("invalid_input", unreadable);
    return preview;
  },
});

export const startKpiImportAction = defineAction({
  name: "kpi.start_import",
  permission: "kpi:import",
  mutates: true,
  input: workspaceScopedInput.extend({
    fileName: fileNameSchema,
    // Size limits are checked with the file's name in startUpload, not as a bare field error.
    byteSize: z.number().int().min(0),
    mapping: mappingChoiceSchema,
    headBase64: z.string().max(Math.ceil(PREVIEW_SAMPLE_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, "validation.dashboard.dataNotValidBase64"),
  }),
  async handler({ input, ctx }) {
    const head = new Uint8Array(Buffer.from(input.headBase64, "base64"));
    const started = await startUpload(ctx.db, { workspaceId: input.workspaceId, actorId: ctx.actor.id, fileName: input.fileName, byteSize: input.byteSize, mapping: input.mapping, head });
    ctx.audit.target("kpi_import", started.importId);
    ctx.audit.detail({ fileName: input.fileName, bytes: input.byteSize, mapping: input.mapping.kind === "custom" ? "custom" : input.mapping.kind === "preset" ? input.mapping.presetId : "auto" });
    return started;
  },
});

/** One part of the file, in order. Each part is its own request, so a failed part is retried alone. */
export const uploadKpiChunkAction = defineAction({
  name: "kpi.upload_chunk",
  permission: "kpi:import",
  mutates: true,
  input: workspaceScopedInput.extend({ importId: importIdSchema, seq: z.number().int().min(0).max(100_000), dataBase64: base64(UPLOAD_CHUNK_BYTES) }),
  async handler({ input, ctx }) {
    const bytes = new Uint8Array(Buffer.from(input.dataBase64, "base64"));
    if (bytes.byteLength > UPLOAD_CHUNK_BYTES) throw new AppError("invalid_input", { key: "dashboard.uploadPartLargerThan" });
    ctx.audit.target("kpi_import", input.importId);
    ctx.audit.detail({ part: input.seq, bytes: bytes.byteLength });
    return appendChunk(ctx.db, { workspaceId: input.workspaceId, importId: input.importId, seq: input.seq, bytes });
  },
});

/** Completes the upload and queues the import; the page follows its progress. */
export const finishKpiImportAction = defineAction({
  name: "kpi.finish_import",
  permission: "kpi:import",
  mutates: true,
  input: workspaceScopedInput.extend({ importId: importIdSchema }),
  async handler({ input, ctx }) {
    const finished = await finishUpload(ctx.db, input);
    ctx.audit.target("kpi_import", input.importId);
    ctx.audit.detail({ jobId: finished.jobId });
    wakeWorkerAfterResponse();
    return finished;
  },
});
