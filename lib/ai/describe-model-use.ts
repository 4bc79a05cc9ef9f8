import { createTranslator } from "use-intl/core";
import english from "../../messages/en.json";
import type { ModelDisclosure } from "./disclosure";
import { privacyNoteSentences, type PrivacyNoteTranslate } from "./disclosure-sentences";

const englishPrivacyNote = createTranslator({ locale: "en", messages: english, namespace: "ui.privacyNote" }) as unknown as PrivacyNoteTranslate;

/**
 * The privacy note in English (logs, tests, any language-neutral consumer); the UI renders the same
 * sentences in the reader's language through components/ui/model-disclosure.tsx.
 */
export function describeModelUse(disclosure: ModelDisclosure): string[] {
  return privacyNoteSentences(englishPrivacyNote, disclosure);
}
