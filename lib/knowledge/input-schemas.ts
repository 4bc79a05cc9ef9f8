import { z } from "zod";
import { CLASSIFICATIONS, LANGUAGES, SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";
import { PRODUCT_FIELDS } from "@/lib/rag/product-feed/types";
import { ATTRIBUTE_TYPES } from "@/lib/rag/product-feed/product-attributes";
import { formatMegabytes, MAX_FEED_BYTES, MAX_PASTE_CHARACTERS, MAX_UPLOAD_BYTES, SUPPORTED_UPLOAD_EXTENSIONS } from "./limits";

/** Shared by the knowledge actions: what a marketer or editor can send, with readable errors. */
export const sourceKindSchema = z.enum(SOURCE_KINDS, { error: "validation.knowledge.chooseRole" });
/** A role, or "auto": guessed per file from its name and first heading (lib/knowledge/source-roles.ts). */
export const sourceRoleChoiceSchema = z.enum([...SOURCE_KINDS, "auto"], { error: "validation.knowledge.chooseRoleLetGuessed" });
export const classificationSchema = z.enum(CLASSIFICATIONS, { error: "validation.knowledge.chooseClassification" });
export const languageChoiceSchema = z
  .enum([...LANGUAGES, "auto"], { error: "validation.knowledge.languageMustGermanEnglish" })
  .transform((value) => (value === "auto" ? null : value));
export const optionalUrlSchema = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "validation.knowledge.enterFullHttpS" })])
  .optional()
  .transform((value) => value || null);

function decodedBase64Length(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Only what can be judged without decoding the file; the rest (empty, type by content, damaged
 * PDF) is lib/knowledge/sources/check-uploaded-file.ts. Every issue sits on the file itself, not
 * on `fileName` or `dataBase64`: the flattened action errors keep only top-level fields, and a
 * nested one would reach the uploader as "Some fields are not valid.". Messages name the file.
 */
export const uploadFileSchema = z
  .object({ fileName: z.string().trim().max(255), dataBase64: z.string() })
  .superRefine((file, ctx) => {
    const name = file.fileName;
    if (!file.fileName) ctx.addIssue({ code: "custom", message: "validation.knowledge.fileHasNoName" });
    const extension = file.fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
    if (file.fileName && !(SUPPORTED_UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
      ctx.addIssue({
        code: "custom",
        message: "validation.knowledge.unsupportedFileType",
        params: { name, extension, hasExtension: extension ? "yes" : "no" },
      });
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.dataBase64)) {
      ctx.addIssue({ code: "custom", message: "validation.knowledge.fileNotIntact", params: { name, hasName: name ? "yes" : "no" } });
      return;
    }
    const size = decodedBase64Length(file.dataBase64);
    if (size > MAX_UPLOAD_BYTES) {
      ctx.addIssue({ code: "custom", message: "validation.knowledge.fileTooLarge", params: { name, hasName: name ? "yes" : "no", size: formatMegabytes(size), max: formatMegabytes(MAX_UPLOAD_BYTES) } });
    }
    if (size === 0) ctx.addIssue({ code: "custom", message: "validation.knowledge.fileEmpty", params: { name, hasName: name ? "yes" : "no" } });
  });

export const pasteTextSchema = z
  .string()
  .trim()
  .min(1, "validation.knowledge.pasteSomeText")
  .max(MAX_PASTE_CHARACTERS, "validation.knowledge.pastedTextTooLong");

export const feedTextSchema = z
  .string()
  .min(1, "validation.knowledge.feedFileEmpty")
  .max(MAX_FEED_BYTES, `The feed is larger than ${formatMegabytes(MAX_FEED_BYTES)}`);

export const columnMappingSchema = z
  .object({
    ...(Object.fromEntries(
      PRODUCT_FIELDS.map((field) => [field, field === "attributes" ? z.array(z.string().max(200)).max(50).optional() : z.string().max(200).optional()]),
    ) as Record<(typeof PRODUCT_FIELDS)[number], z.ZodOptional<z.ZodString> | z.ZodOptional<z.ZodArray<z.ZodString>>>),
    /** Attribute column → its type, as chosen in the preview; columns left out are guessed from their values. */
    attributeTypes: z.record(z.string().max(200), z.enum(ATTRIBUTE_TYPES, { error: "validation.knowledge.attributeNumberTextList" })).optional(),
  })
  .refine((mapping) => Boolean(mapping.id) && Boolean(mapping.name), { message: "validation.knowledge.mapAtLeastProduct" });
