import fs from "node:fs";
import path from "node:path";

/**
 * Finds every module that can expose an entry point: files starting with "use server", and
 * route handlers (`route.ts`). Scanned from disk, so a new file is covered without anyone
 * remembering to list it.
 */
export function findEntryPointModules(root = process.cwd()) {
  const serverActionFiles: string[] = [];
  const routeFiles: string[] = [];
  for (const dir of ["app", "lib", "components"]) {
    const base = path.join(root, dir);
    for (const relative of fs.readdirSync(base, { recursive: true }) as string[]) {
      const file = path.join(base, relative);
      if (!/\.(ts|tsx)$/.test(file) || /\.test\.tsx?$/.test(file) || fs.statSync(file).isDirectory()) continue;
      if (/^\s*["']use server["']/.test(fs.readFileSync(file, "utf8"))) serverActionFiles.push(file);
      if (dir === "app" && /(^|\/)route\.tsx?$/.test(relative)) routeFiles.push(file);
    }
  }
  return { serverActionFiles, routeFiles };
}

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
