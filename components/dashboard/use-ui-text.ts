import { useCallback } from "react";
import { useLocale, useTranslations } from "next-intl";
import { displayCell, type Cell, type UiText } from "@/lib/kpi/tables/cells";

/** A table's text built in lib (`UiText`: key + values) in the member's language. */
export function useUiText(): (ui: UiText) => string {
  const t = useTranslations();
  return useCallback((ui: UiText) => t(ui.key, ui.params), [t]);
}

/** A cell as people read it: text cells with a message in the member's language, numbers in the locale's format. */
export function useCellText(): (cell: Cell) => string {
  const uiText = useUiText();
  const locale = useLocale();
  return useCallback((cell: Cell) => (cell.kind === "text" && cell.ui ? uiText(cell.ui) : displayCell(cell, locale)), [uiText, locale]);
}
