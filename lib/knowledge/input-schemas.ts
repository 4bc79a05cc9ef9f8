import { z } from "zod";
import { CLASSIFICATIONS, LANGUAGES, SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";
import { PRODUCT_FIELDS } from "@/lib/rag/product-feed/types";
import { ATTRIBUTE_TYPES } from "@/lib/rag/product-feed/product-attributes";
import { formatMegabytes, MAX_FEED_BYTES, MAX_PASTE_CHARACTERS, MAX_UPLOAD_BYTES, SUPPORTED_UPLOAD_EXTENSIONS } from "./limits";

/** Shared by the knowledge actions: what a marketer or editor can send, with readable errors. */
export const sourceKindSchema = z.enum(SOURCE_KINDS, { error: "Choose a role" });
/** A role, or "auto": guessed per file from its name and first heading (lib/knowledge/source-roles.ts). */
export const sourceRoleChoiceSchema = z.enum([...SOURCE_KINDS, "auto"], { error: "Choose a role, or let it be guessed" });
export const classificationSchema = z.enum(CLASSIFICATIONS, { error: "Choose a classification" });
export const languageChoiceSchema = z
  .enum([...LANGUAGES, "auto"], { error: "Language must be German, English or detect" })
  .transform((value) => (value === "auto" ? null : value));
export const optionalUrlSchema = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a full http(s) URL or leave empty" })])
  .optional()
  .transform((value) => value || null);

function decodedBase64Length(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export const uploadFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file data is not valid base64"),
  })
  .superRefine((file, ctx) => {
    const extension = file.fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
    if (!(SUPPORTED_UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
      ctx.addIssue({
        code: "custom",
        path: ["fileName"],
        message: `Unsupported file type “${extension || file.fileName}”: upload Markdown, plain text, HTML or PDF.`,
      });
    }
    const size = decodedBase64Length(file.dataBase64);
    if (size > MAX_UPLOAD_BYTES) {
      ctx.addIssue({ code: "custom", path: ["dataBase64"], message: `The file is ${formatMegabytes(size)}; the limit is ${formatMegabytes(MAX_UPLOAD_BYTES)}.` });
    }
    if (size === 0) ctx.addIssue({ code: "custom", path: ["dataBase64"], message: "The file is empty." });
  });

export const pasteTextSchema = z
  .string()
  .trim()
  .min(1, "Paste some text")
  .max(MAX_PASTE_CHARACTERS, `Pasted text is limited to ${MAX_PASTE_CHARACTERS.toLocaleString("en")} characters`);

export const feedTextSchema = z
  .string()
  .min(1, "The feed file is empty")
  .max(MAX_FEED_BYTES, `The feed is larger than ${formatMegabytes(MAX_FEED_BYTES)}`);

export const columnMappingSchema = z
  .object({
    ...(Object.fromEntries(
      PRODUCT_FIELDS.map((field) => [field, field === "attributes" ? z.array(z.string().max(200)).max(50).optional() : z.string().max(200).optional()]),
    ) as Record<(typeof PRODUCT_FIELDS)[number], z.ZodOptional<z.ZodString> | z.ZodOptional<z.ZodArray<z.ZodString>>>),
    /** Attribute column → its type, as chosen in the preview; columns left out are guessed from their values. */
    attributeTypes: z.record(z.string().max(200), z.enum(ATTRIBUTE_TYPES, { error: "An attribute is a number, a text or a list" })).optional(),
  })
  .refine((mapping) => Boolean(mapping.id) && Boolean(mapping.name), { message: "Map at least the product id and name columns" });
