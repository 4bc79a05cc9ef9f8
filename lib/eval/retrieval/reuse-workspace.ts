import fs from "node:fs";
import path from "node:path";

export type IngestedWorkspace = { workspaceId: string; documentIdBySource: Map<string, string>; seconds: number };

/**
 * Ingests, or reads the workspace a previous benchmark run ingested into this database
 * (`--reuse <file>`): ranking changes can then be measured without ingesting again.
 */
export async function ingestOrReuse(file: string | undefined, driver: string, ingest: () => Promise<IngestedWorkspace>): Promise<IngestedWorkspace> {
  if (file && fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { driver: string; workspaceId: string; documentIdBySource: [string, string][]; seconds: number };
    if (saved.driver !== driver) throw new Error(`${file} was ingested on ${saved.driver}, not ${driver}`);
    console.log(`[bench] reusing workspace ${saved.workspaceId} (ingested in ${saved.seconds.toFixed(1)} s)`);
    return { workspaceId: saved.workspaceId, documentIdBySource: new Map(saved.documentIdBySource), seconds: saved.seconds };
  }
  const ingested = await ingest();
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ driver, workspaceId: ingested.workspaceId, documentIdBySource: [...ingested.documentIdBySource], seconds: ingested.seconds }));
  }
  return ingested;
}
