import { describe, expect, it } from "vitest";
import { describeNotification, type NotificationFacts } from "./describe-notification";
import { renderNotificationSentence } from "./render-notification";

const facts = (overrides: Partial<NotificationFacts>): NotificationFacts => ({ kind: "approved", subjectType: "asset", subjectId: "ast_1", data: {}, actorName: "Ada", ...overrides });
const sentence = (input: Partial<NotificationFacts>, locale: "en" | "de") => renderNotificationSentence(describeNotification(facts(input)).message, locale);

describe("notification sentences", () => {
  it("say the same event in English and German, with the asset title untouched", () => {
    expect(sentence({ data: { title: "Fjell Jacke" } }, "en")).toBe("Ada approved “Fjell Jacke”.");
    expect(sentence({ data: { title: "Fjell Jacke" } }, "de")).toBe("Ada hat „Fjell Jacke“ freigegeben.");
  });

  it("fill unknown people and titles with words in the reader's language", () => {
    expect(sentence({ kind: "submitted", actorName: null }, "en")).toBe("Someone submitted “an asset” for review.");
    expect(sentence({ kind: "submitted", actorName: null }, "de")).toBe("Jemand hat „ein Asset“ zur Prüfung eingereicht.");
  });

  it("add the editor's comment only when there is one", () => {
    expect(sentence({ kind: "changes_requested", data: { title: "X", comment: "Kürzer, bitte" } }, "en")).toBe("Ada requested changes to “X”: Kürzer, bitte");
    expect(sentence({ kind: "changes_requested", data: { title: "X" } }, "de")).toBe("Ada hat Änderungen an „X“ angefordert.");
  });

  it("format row counts per locale and link imports to the dashboard", () => {
    const finished = facts({ kind: "import_finished", data: { fileName: "kpi.csv", rows: 1234 } });
    expect(describeNotification(finished).path).toBe("/dashboard");
    expect(renderNotificationSentence(describeNotification(finished).message, "en")).toBe("The import of “kpi.csv” finished: 1,234 rows stored.");
    expect(renderNotificationSentence(describeNotification(finished).message, "de")).toBe("Der Import von „kpi.csv“ ist abgeschlossen: 1.234 Zeilen gespeichert.");
  });

  it("keep the budget check's own sentence, or say the default", () => {
    expect(sentence({ kind: "budget_warning", data: { message: "80 % used" } }, "de")).toBe("80 % used");
    expect(sentence({ kind: "budget_warning" }, "de")).toBe("Das Modell-Budget des Arbeitsbereichs ist fast aufgebraucht.");
  });
});
