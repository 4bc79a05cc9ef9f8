import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import german from "@/messages/de.json";
import english from "@/messages/en.json";
import { describeServerError, type ErrorTranslator } from "@/components/ui/action-error";
import { AppError, toPublicError } from "@/lib/errors";
import { englishIssueMessage } from "./validation-messages";

// What the browser does with useTranslations("errors") (components/ui/use-action-error-text.ts).
const inGerman = createTranslator({ locale: "de", messages: german, namespace: "errors" }) as unknown as ErrorTranslator;
const inEnglish = createTranslator({ locale: "en", messages: english, namespace: "errors" }) as unknown as ErrorTranslator;

function shownInGerman(error: AppError) {
  // Through the wire shape (JSON), as an action result reaches the browser.
  return describeServerError(JSON.parse(JSON.stringify(toPublicError(error))), inGerman);
}

describe("AppError messages", () => {
  it("carry the English sentence for logs and APIs, and render in German from key and parameters", () => {
    const error = new AppError("conflict", { key: "campaigns.codeChangeBreaksLinks", params: { count: 3, before: "spring-26", after: "summer-26", changed: "codeAndStart" } });
    expect(error.message).toBe(
      "This campaign has 3 assets whose links carry “spring-26” in utm_campaign; the new code and start would make it “summer-26”, so those links and their reports would no longer match the campaign. Keep the code and start, or plan a new campaign.",
    );
    expect(shownInGerman(error)).toBe(
      "Diese Kampagne hat 3 Assets, deren Links „spring-26“ in utm_campaign tragen; der neue Code und Start würden daraus „summer-26“ machen, sodass diese Links und ihre Berichte nicht mehr zur Kampagne passen. Behalten Sie Code und Start bei, oder planen Sie eine neue Kampagne.",
    );
    const single = new AppError("conflict", { key: "campaigns.codeChangeBreaksLinks", params: { count: 1, before: "a", after: "b", changed: "start" } });
    expect(single.message).toContain("This campaign has 1 asset whose links");
    expect(shownInGerman(single)).toContain("Diese Kampagne hat 1 Asset, deren Links");
  });

  it("words enum values and numbers per language", () => {
    const refused = new AppError("conflict", { key: "review.transitionNotFromState", params: { state: "changes_requested", action: "publish" } });
    expect(refused.message).toBe("The asset is waiting for changes; it cannot be published now.");
    expect(shownInGerman(refused)).toBe("Das Asset ist zur Überarbeitung zurückgegeben; es kann jetzt nicht veröffentlicht werden.");
    const budget = new AppError("budget_exhausted", { key: "routing.tokenBudgetUsedUp", params: { limit: 2_500_000, month: "2026-12" } });
    expect(budget.message).toBe("The monthly token budget of 2,500,000 tokens is used up (2026-12).");
    expect(shownInGerman(budget)).toBe("Das monatliche Token-Budget von 2.500.000 Tokens ist aufgebraucht (2026-12).");
    const minutes = new AppError("rate_limited", { key: "account.tooManyWrongPasswords", params: { minutes: 1 } });
    expect(minutes.message).toBe("Too many wrong passwords. Try again in 1 minute.");
    expect(shownInGerman(new AppError("rate_limited", { key: "account.tooManyWrongPasswords", params: { minutes: 5 } }))).toBe(
      "Zu viele falsche Passwörter. Versuchen Sie es in 5 Minuten erneut.",
    );
  });

  it("keep user content in parameters untouched and fall back to the code's sentence without a key", () => {
    const error = new AppError("conflict", { key: "campaigns.personaNameTaken", params: { name: "Outdoor-Fans {50+}", archived: "yes" } });
    expect(shownInGerman(error)).toBe("Eine Persona namens „Outdoor-Fans {50+}“ gibt es in diesem Arbeitsbereich bereits (archiviert: stellen Sie sie stattdessen wieder her); wählen Sie einen anderen Namen.");
    expect(describeServerError({ code: "unavailable", message: "Stream dropped." }, inGerman)).toBe(german.errors.code.unavailable);
    expect(describeServerError({ code: "unavailable", message: "Stream dropped." }, inEnglish)).toBe(english.errors.code.unavailable);
  });

  it("give a password hint from the strength checker in the reader's language", () => {
    const error = new AppError("invalid_input", { key: "account.passwordTooGuessable", params: { hint: "warnings_topTen" } });
    expect(error.message).toBe("This password is too easy to guess (This is a heavily used password). Try a longer phrase of unrelated words.");
    expect(shownInGerman(error)).toMatch(/^Dieses Passwort ist zu leicht zu erraten \(.+\)\. Versuchen Sie/);
    expect(shownInGerman(new AppError("invalid_input", { key: "account.passwordTooGuessable", params: { hint: "none" } }))).toBe(
      "Dieses Passwort ist zu leicht zu erraten. Versuchen Sie es mit einer längeren Folge voneinander unabhängiger Wörter.",
    );
  });
});

describe("validation message keys", () => {
  // validation.* keys sit in schemas as plain strings, so the compiler cannot check them: this does.
  it("every key an input schema names exists in both catalogues", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(["lib", "app"])) {
      for (const match of readFileSync(file, "utf8").matchAll(/["`](validation\.[A-Za-z0-9_.]+)["`]/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => typeof lookup(english, key) !== "string" || typeof lookup(german, key) !== "string");
    expect(missing).toEqual([]);
  });

  it("renders a key in English for the REST API and MCP, with the issue's arguments", () => {
    expect(englishIssueMessage({ message: "validation.campaigns.keepNameUnderCharacters", maximum: 120 } as never)).toBe("Keep the name under 120 characters");
    expect(englishIssueMessage({ message: "validation.knowledge.fileEmpty", params: { name: "a.md", hasName: "yes" } } as never)).toBe(
      "“a.md” is empty: there is no text to add to the knowledge base.",
    );
    expect(englishIssueMessage({ message: "Too small" })).toBe("Too small");
  });
});

function lookup(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function sourceFiles(roots: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(full);
    }
  };
  for (const root of roots) walk(path.join(process.cwd(), root));
  return files;
}
