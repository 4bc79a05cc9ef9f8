#!/usr/bin/env node
/**
 * Fails when a component shows text that does not come from messages/*.json (issue 20): JSX text, user-visible
 * attribute values and prose-like string literals in app/ and components/. ESLint's i18next rule needs
 * typescript-eslint, which does not run on TypeScript 7, so this walks oxc-parser's ESTree AST instead.
 *
 *   node scripts/check-ui-strings.mjs [paths…]   (default: app components)
 *
 * A string that is the same in every language (a product name, a unit) goes in ALLOWED_LITERALS.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSync } from "oxc-parser";

const ALLOWED_LITERALS = new Set(["Brandpilot", "English", "Deutsch", "UTC", "·", "—", "–", "…", "→", "←", "×", "%", "€", "/", "|", ":", "(", ")", "OK"]);

/** Attributes whose values are markup or data, never read by a person. */
const TECHNICAL_ATTRIBUTES = new Set([
  "className", "href", "src", "id", "name", "type", "role", "key", "method", "action", "target", "rel", "htmlFor",
  "autoComplete", "inputMode", "pattern", "lang", "dir", "value", "defaultValue", "variant", "size", "tone", "as",
  "kind", "side", "align", "encType", "accept", "form", "scope", "step", "min", "max", "wrap", "spellCheck",
  "dataKey", "nameKey", "stroke", "fill", "strokeDasharray", "orientation", "layout", "width", "height", "d",
  "viewBox", "xmlns", "aria-controls", "aria-labelledby", "aria-describedby", "aria-live", "aria-current",
  "aria-haspopup", "aria-expanded", "aria-hidden", "aria-sort", "aria-invalid", "aria-busy", "aria-atomic",
  "aria-relevant", "aria-orientation", "aria-modal", "aria-checked", "aria-selected", "aria-pressed", "testId",
  "data-testid", "prefetch", "sizes", "loading", "decoding", "crossOrigin", "referrerPolicy", "sandbox", "allow",
  "yAxisId", "xAxisId", "tickFormatter", "captionClassName", "interval", "radius", "fontSize", "textAnchor", "dominantBaseline", "icon",
]);

const LETTERS = /[A-Za-zÄÖÜäöüß]/;
const PROSE = /^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß'’,.!?:;()\-–— ]*\s[A-Za-zÄÖÜäöüß'’,.!?:;()\-–—… ]+$/;

function* sourceFiles(path) {
  const stat = statSync(path);
  if (stat.isFile()) {
    if (isChecked(path)) yield path;
    return;
  }
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    yield* sourceFiles(join(path, entry));
  }
}

function isChecked(file) {
  if (/\.(test|spec|int\.test)\.(ts|tsx)$/.test(file) || file.endsWith(".d.ts")) return false;
  if (file.endsWith(".tsx")) return true;
  // Plain .ts files in components/ build visible strings too (formatters, labels); app/ .ts files are routes/actions.
  return file.endsWith(".ts") && relative(process.cwd(), file).startsWith("components");
}

function lineOf(source, offset) {
  return source.slice(0, offset).split("\n").length;
}

function attributeName(node) {
  if (node.name.type === "JSXIdentifier") return node.name.name;
  if (node.name.type === "JSXNamespacedName") return `${node.name.namespace.name}:${node.name.name.name}`;
  return "";
}

function isUserText(text) {
  const trimmed = text.trim();
  return trimmed.length > 0 && LETTERS.test(trimmed) && !ALLOWED_LITERALS.has(trimmed);
}

/** Attribute text a person reads: several words, or one capitalised word ("Save"). `variant="primary"` is not. */
function looksLikeLabel(text) {
  const trimmed = text.trim();
  return isUserText(trimmed) && (/\s/.test(trimmed) || /^[A-ZÄÖÜ]/.test(trimmed));
}

function checkFile(file) {
  const source = readFileSync(file, "utf8");
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) return [`${file}: could not parse (${errors[0].message})`];
  const problems = [];
  const report = (node, what, text) =>
    problems.push(`${relative(process.cwd(), file)}:${lineOf(source, node.start)}: ${what}: ${JSON.stringify(text.trim().slice(0, 60))}`);

  const visit = (node, parent, parentKey) => {
    if (!node || typeof node.type !== "string") return;
    switch (node.type) {
      case "ImportDeclaration":
      case "ExportAllDeclaration":
      case "TSImportType":
      case "TSLiteralType":
        return;
      case "ExportNamedDeclaration":
        if (node.source) return;
        break;
      case "JSXText":
        if (isUserText(node.value)) report(node, "JSX text", node.value);
        return;
      case "JSXAttribute": {
        const name = attributeName(node);
        if (TECHNICAL_ATTRIBUTES.has(name) || name.startsWith("data-") || name === "style") return;
        if (node.value?.type === "Literal" && typeof node.value.value === "string" && looksLikeLabel(node.value.value)) {
          report(node, `attribute ${name}`, node.value.value);
          return;
        }
        break;
      }
      case "NewExpression":
      case "CallExpression": {
        // Developer-facing text: thrown Errors, console output, directives to libraries.
        const callee = node.callee;
        const calleeName = callee?.type === "Identifier" ? callee.name : callee?.type === "MemberExpression" ? callee.object?.name : "";
        if (["Error", "TypeError", "RangeError", "console"].includes(calleeName)) return;
        break;
      }
      case "Literal":
        if (typeof node.value === "string" && parentKey !== "key" && parent?.type !== "ExpressionStatement") {
          const inJsx = parent?.type === "JSXExpressionContainer";
          if ((inJsx && isUserText(node.value)) || PROSE.test(node.value.trim())) report(node, "string literal", node.value);
        }
        return;
      case "TemplateLiteral":
        for (const quasi of node.quasis) {
          const text = quasi.value.cooked ?? "";
          if (PROSE.test(text.trim()) || (parent?.type === "JSXExpressionContainer" && /[A-Za-zÄÖÜäöüß]{3,}/.test(text))) report(quasi, "template text", text);
        }
        break;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      if (Array.isArray(value)) value.forEach((child) => visit(child, node, key));
      else if (value && typeof value === "object" && typeof value.type === "string") visit(value, node, key);
    }
  };
  visit(program, null, null);
  return problems;
}

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["app", "components"];
const problems = roots.flatMap((root) => [...sourceFiles(root)].flatMap(checkFile));
if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} user-visible string(s) not from messages/*.json (see scripts/check-ui-strings.mjs).`);
  process.exit(1);
}
console.log(`ui strings: every user-visible string in ${roots.join(", ")} comes from the message catalogues`);
