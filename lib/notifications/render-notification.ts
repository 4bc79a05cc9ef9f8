import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import type { UiLocale } from "@/lib/i18n/locales";
import { notificationValues, type NotificationMessage } from "./describe-notification";

/**
 * A notification as one sentence in `locale`, outside React (mails, the digest). Components render the same key with
 * `useTranslations("notifications.messages")`.
 */
export function renderNotificationSentence(message: NotificationMessage, locale: UiLocale = "en"): string {
  const messages = locale === "de" ? de : en;
  const t = createTranslator({ locale, messages, namespace: "notifications.messages" });
  const word = createTranslator({ locale, messages, namespace: "notifications.defaults" });
  return t(message.key, notificationValues(message, (key) => word(key)) as never);
}
