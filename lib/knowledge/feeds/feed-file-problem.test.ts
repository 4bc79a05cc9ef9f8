import { describe, expect, it } from "vitest";
import { describeFeedFileProblem, describeMissingFeedColumns } from "./feed-file-problem";

const problem = (text: string, extra: { sizeBytes?: number; maxBytes?: number } = {}) => describeFeedFileProblem({ fileName: "shop.csv", text, ...extra });

describe("feed file refusals", () => {
  it("accept a readable feed", () => {
    expect(problem("id,name,price\n1,Fjell,199\n")).toBeNull();
    expect(problem("id\tname\tprice\n1\tFjell\t199\n2\tNord\t249\n")).toBeNull();
  });

  it("name the file and say it is empty", () => {
    expect(problem("")).toBe('"shop.csv" is empty. Upload a CSV or TSV file with a header row and one product per line.');
    expect(problem("\uFEFF \n\n")).toMatch(/^"shop\.csv" is empty/);
  });

  it("refuse binary content whatever the extension says", () => {
    expect(problem("MZ\u0090\u0000\u0003\u0000\u0000\u0000")).toMatch(/^"shop\.csv" is not a CSV or TSV text file: its content is binary/);
    expect(problem("PK\u0003\u0004" + "\uFFFD".repeat(200))).toMatch(/binary/);
  });

  it("say when the first line is data, not a header", () => {
    expect(problem("1,Fjell,199\n2,Nord,249\n")).toMatch(/^"shop\.csv" has no header row/);
  });

  it("name an unsupported delimiter, or a single column", () => {
    expect(problem("id|name|price\n1|Fjell|199\n")).toBe('"shop.csv" separates its columns with "|", which is not supported. Use commas, semicolons or tabs.');
    expect(problem("products\nFjell\n")).toMatch(/has only one column \("products"\)/);
  });

  it("say how large the file is and what the limit is", () => {
    expect(problem("id,name\n1,a\n", { sizeBytes: 30 * 1024 * 1024, maxBytes: 20 * 1024 * 1024 })).toMatch(/^"shop\.csv" is 30\.0 MB; a feed may be at most 20\.0 MB/);
  });

  it("name a missing required column and list the columns found", () => {
    const message = describeMissingFeedColumns({ fileName: "shop.csv", headers: ["sku", "title"], required: [{ label: "product id", column: "id" }, { label: "name", column: "title" }] });
    expect(message).toBe('"shop.csv" has no product id ("id") column. Columns found: "sku", "title". Choose which column holds it.');
    expect(describeMissingFeedColumns({ fileName: "shop.csv", headers: ["id"], required: [{ label: "product id", column: "id" }] })).toBeNull();
  });
});

describe("feed file refusals in German", () => {
  it("name the file and format sizes the German way", async () => {
    const { createTranslator } = await import("next-intl");
    const de = (await import("@/messages/de.json")).default;
    const { feedFileProblem } = await import("./feed-file-problem");
    const t = createTranslator({ locale: "de", messages: de, namespace: "knowledge.feedFileProblems" });
    const render = (p: NonNullable<ReturnType<typeof feedFileProblem>>) => t(p.key, p.values as never);
    expect(render(feedFileProblem({ fileName: "shop.csv", text: "" })!)).toBe("„shop.csv“ ist leer. Laden Sie eine CSV- oder TSV-Datei mit einer Kopfzeile und einem Produkt pro Zeile hoch.");
    expect(render(feedFileProblem({ fileName: "shop.csv", text: "id,name\n1,a\n", sizeBytes: 30.5 * 1024 * 1024, maxBytes: 20 * 1024 * 1024 })!)).toMatch(/^„shop\.csv“ ist 30,5 MB groß; ein Feed darf höchstens 20,0 MB groß sein/);
  });
});
