import "server-only";
import type { Database } from "@/lib/db/types";
import type { Classification } from "../classification";
import { createSourceVersion, type NewSourceVersionResult, type SourceKind } from "./create-source-version";
import { submitIngestion } from "./submit-ingestion";
import { decodeUploadedFile } from "./uploaded-file";

type SourceMetadata = {
  workspaceId: string;
  actorId: string;
  kind: SourceKind;
  classification: Classification;
  language: "de" | "en" | null;
  canonicalUrl: string | null;
};

export type AddedSource = NewSourceVersionResult & { jobId: string | null };

/** An uploaded file as a new source (or a new version of `sourceId`), queued for ingestion in the same transaction. */
export async function addUploadedSource(
  tx: Database,
  options: SourceMetadata & { sourceId?: string; title?: string; file: { fileName: string; dataBase64: string } },
): Promise<AddedSource & { byteLength: number }> {
  const { bytes, format, defaultTitle } = decodeUploadedFile(options.file);
  const created = await createSourceVersion(tx, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    sourceId: options.sourceId,
    title: options.title || defaultTitle,
    kind: options.kind,
    classification: options.classification,
    language: options.language,
    canonicalUrl: options.canonicalUrl,
    origin: "upload",
    format,
    fileName: options.file.fileName,
    bytes,
  });
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds: [created.versionId!] });
  return { ...created, jobId, byteLength: bytes.byteLength };
}

/** Pasted text as a new source, queued for ingestion in the same transaction. */
export async function addPastedSource(
  tx: Database,
  options: SourceMetadata & { title: string; text: string; format: "markdown" | "text" },
): Promise<AddedSource> {
  const created = await createSourceVersion(tx, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    title: options.title,
    kind: options.kind,
    classification: options.classification,
    language: options.language,
    canonicalUrl: options.canonicalUrl,
    origin: "paste",
    format: options.format,
    fileName: options.format === "markdown" ? "pasted.md" : "pasted.txt",
    bytes: new TextEncoder().encode(options.text),
  });
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds: [created.versionId!] });
  return { ...created, jobId };
}
