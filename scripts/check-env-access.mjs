// Fails when code outside lib/env.ts reads process.env: configuration is validated in one place.
// Tool configs (next/playwright/vitest/drizzle) and scripts under e2e/ and .ci/ are outside app code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const roots = ["app", "components", "lib"];
const allowed = new Set([path.join("lib", "env.ts")]);
const offenders = [];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (/\.(ts|tsx|js|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) && !allowed.has(file)) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, index) => {
        if (/process\.env\b/.test(line) && !line.trim().startsWith("//") && !line.trim().startsWith("*")) {
          offenders.push(`${file}:${index + 1}: ${line.trim()}`);
        }
      });
    }
  }
}

for (const root of roots) walk(root);
if (offenders.length > 0) {
  console.error("process.env is read outside lib/env.ts:\n" + offenders.join("\n"));
  process.exit(1);
}
console.log("env access check: only lib/env.ts reads process.env");
