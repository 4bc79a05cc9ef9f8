// Import rules checked by `npm run lint:imports` (dependency-cruiser).
// lib/ is the layer everything else stands on: it must not import routes or UI, and an import circle
// inside it makes module start-up order matter (a half-initialised module at import time).
// Parsed with swc: dependency-cruiser does not read TypeScript 7's compiler API.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular-in-lib",
      comment: "An import circle inside lib/ (type-only imports count too).",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
    {
      name: "lib-imports-no-app-or-components",
      comment:
        "lib/ never imports app/ or components/. Integration tests in lib/ may call the route or action they test.",
      severity: "error",
      from: { path: "^lib/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^(app|components)/" },
    },
  ],
  options: {
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|\\.data)/" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};
