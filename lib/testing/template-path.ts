import path from "node:path";

/** A migrated PGlite data directory, dumped once per test run and loaded by every test file. */
export const PGLITE_TEMPLATE_PATH = path.join(process.cwd(), ".data", "test", "pglite-template.tar");
