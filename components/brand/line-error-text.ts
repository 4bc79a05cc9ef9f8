"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { LineError } from "./rule-lines";

/** A rule line's problem in the reader's language. */
export function useLineErrorText() {
  const t = useTranslations("brand.lineErrors");
  return useCallback(
    (error: LineError) => {
      switch (error.key) {
        case "preferredLine":
          return t("preferredLine", { line: error.line });
        case "disclaimerLine":
          return t("disclaimerLine", { line: error.line, channels: error.channels });
        case "hashtag":
          return t("hashtag", { entry: error.entry });
        default:
          return t(error.key);
      }
    },
    [t],
  );
}
