"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { RightsReason } from "./viewer-rights";

/** A RightsReason (computed on the server, language-free) as a sentence in the viewer's language. */
export function useRightsReasonText() {
  const t = useTranslations("assets.rights");
  return useCallback(
    (reason: RightsReason): string => {
      switch (reason.key) {
        case "fourEyesRequestChanges":
        case "fourEyesApprove":
        case "fourEyesNote":
          return t(reason.key, { relation: reason.relation });
        case "cannotPublish":
          return t("cannotPublish", { role: reason.role });
        default:
          return t(reason.key);
      }
    },
    [t],
  );
}
