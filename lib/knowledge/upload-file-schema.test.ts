import { describe, expect, it } from "vitest";
import { z } from "zod";
import { uploadFileSchema } from "./input-schemas";
import { englishIssueMessage } from "@/lib/i18n/validation-messages";

// The action wrapper flattens validation errors to top-level fields: an issue nested under
// `file.dataBase64` would be dropped and the uploader would read "Some fields are not valid.".
const upload = z.object({ file: uploadFileSchema });
const messagesFor = (file: { fileName: string; dataBase64: string }) => z.flattenError(upload.safeParse({ file }).error!, englishIssueMessage).fieldErrors.file;

describe("the upload file schema", () => {
  it("reports an empty file on the file itself, naming it", () => {
    expect(messagesFor({ fileName: "leer.md", dataBase64: "" })).toEqual(["“leer.md” is empty: there is no text to add to the knowledge base."]);
  });

  it("reports an unsupported extension without showing a field path", () => {
    expect(messagesFor({ fileName: "setup.exe", dataBase64: "TVo=" })).toEqual(["“setup.exe” is not a supported file type (.exe): upload Markdown, plain text, HTML or PDF."]);
  });
});
