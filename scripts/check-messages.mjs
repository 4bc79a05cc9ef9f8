#!/usr/bin/env node
/**
 * The message catalogues agree (issue 20): messages/en.json and messages/de.json have the same keys, every message
 * parses as ICU, and each key's German text uses the same arguments as its English one (a translation that drops
 * `{count}` would print a sentence without its number). Empty messages fail too.
 */
import { readFileSync } from "node:fs";
import { parse, TYPE } from "@formatjs/icu-messageformat-parser";

const LOCALES = ["en", "de"];

function flatten(tree, prefix = "", out = new Map()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object") flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

function argumentNames(elements, names = new Set()) {
  for (const element of elements) {
    if ("value" in element && element.type !== TYPE.literal && element.type !== TYPE.pound) names.add(element.value);
    if (element.type === TYPE.tag) {
      names.add(`<${element.value}>`);
      argumentNames(element.children, names);
    }
    if ("options" in element) for (const option of Object.values(element.options)) argumentNames(option.value, names);
  }
  return names;
}

const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")))]));
const problems = [];
const [source, ...targets] = LOCALES;
for (const target of targets) {
  for (const key of catalogues[source].keys()) if (!catalogues[target].has(key)) problems.push(`${target}: missing ${key}`);
  for (const key of catalogues[target].keys()) if (!catalogues[source].has(key)) problems.push(`${target}: ${key} is not in ${source}.json`);
}
const argumentsOf = {};
for (const locale of LOCALES) {
  for (const [key, message] of catalogues[locale]) {
    if (typeof message !== "string" || message.trim() === "") {
      problems.push(`${locale}: ${key} is empty or not a string`);
      continue;
    }
    try {
      const names = [...argumentNames(parse(message))].sort().join(",");
      (argumentsOf[key] ??= {})[locale] = names;
    } catch (error) {
      problems.push(`${locale}: ${key} is not valid ICU (${error.message})`);
    }
  }
}
for (const [key, byLocale] of Object.entries(argumentsOf)) {
  const distinct = new Set(Object.values(byLocale));
  if (distinct.size > 1) problems.push(`${key}: arguments differ (${Object.entries(byLocale).map(([l, a]) => `${l}: {${a}}`).join(" / ")})`);
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} problem(s) in the message catalogues.`);
  process.exit(1);
}
console.log(`messages: ${catalogues[source].size} keys, identical in ${LOCALES.join(" and ")}, arguments consistent`);
